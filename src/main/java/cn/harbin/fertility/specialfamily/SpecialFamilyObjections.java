package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.InvalidRequestException;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** An objection lodged during a case's public notice (公示) goes to the street office to investigate. */
@Service
public class SpecialFamilyObjections {

  private final RuntimeService runtimeService;

  public SpecialFamilyObjections(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  public void lodge(String applicationNumber, String name, String phone, String content) {
    FieldChecks checks = new FieldChecks();
    checks.name("name", name, "异议人姓名", "Your name");
    checks.mobilePhone("phone", phone);
    checks.text("content", content, 500, true, "异议内容", "The objection");
    InvalidRequestException.throwIfAny(checks.errors());
    try {
      runtimeService.createMessageCorrelation(SpecialFamilyIntake.PROCESS_KEY + "-objection")
          .processInstanceBusinessKey(applicationNumber)
          .setVariables(Map.of("objection", content.strip() + "（异议人：" + name.strip() + "，" + phone.strip() + "）"))
          .correlate();
    } catch (MismatchingMessageCorrelationException notInNotice) {
      throw new ConflictException("该申请目前不在公示期，无法受理异议", "This application is not in its public notice period");
    }
  }
}
