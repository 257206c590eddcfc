package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.notifications.SmsGateway;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Sign-in the way Chinese government portals do it: identity number and mobile number, then a six-digit code sent
 * by SMS to that number. Anyone with a phone can sign in (and then apply); what they see depends on both numbers
 * matching a case. Every failure to sign in gets the same answer, whether the code was wrong, expired, used, or
 * never sent to that person.
 */
@Service
public class CitizenSignIn {

  private final SignInCodes codes;
  private final SignInLimits limits;
  private final SmsGateway sms;
  private final MessageSource messages;
  private final SignInProperties properties;

  CitizenSignIn(SignInCodes codes, SignInLimits limits, SmsGateway sms, MessageSource messages,
      SignInProperties properties) {
    this.codes = codes;
    this.limits = limits;
    this.sms = sms;
    this.messages = messages;
    this.properties = properties;
  }

  /**
   * Sends a new code to the phone.
   *
   * @throws InvalidRequestException when a number is not a valid identity or mobile number, per field
   * @throws TooManyAttemptsException when the phone or the address has had its codes for now
   */
  public Citizen sendCode(String idNumber, String phone, String clientAddress) {
    FieldChecks checks = new FieldChecks();
    Optional<IdentityNumber> id = checks.identityNumber("idNumber", idNumber, "身份证号码", "Identity number");
    checks.mobilePhone("phone", phone);
    InvalidRequestException.throwIfAny(checks.errors());
    Citizen person = new Citizen(id.orElseThrow().value(), phone.strip());
    limits.takeCode(person.phone(), clientAddress).ifPresent(wait -> {
      throw new TooManyAttemptsException(wait);
    });
    String code = codes.issue(person);
    sms.send(person.phone(), messages.getMessage("sms.signInCode",
        new Object[] {code, properties.codeValidity().toMinutes()}, Locale.SIMPLIFIED_CHINESE));
    return person;
  }

  /**
   * @return the signed-in citizen when the code is the live one sent to this identity number and phone
   * @throws TooManyAttemptsException when the address has used up its failed attempts for now
   */
  public Optional<Citizen> signIn(String idNumber, String phone, String code, String clientAddress) {
    limits.failuresExhausted(clientAddress).ifPresent(wait -> {
      throw new TooManyAttemptsException(wait);
    });
    Optional<Citizen> person = IdentityNumber.parse(idNumber)
        .filter(any -> phone != null && code != null && code.strip().matches("\\d{6}"))
        .map(id -> new Citizen(id.value(), phone.strip()))
        .filter(candidate -> codes.redeem(candidate, code.strip()));
    if (person.isEmpty()) {
      limits.failed(clientAddress);
    }
    return person;
  }

  public long codeValidityMinutes() {
    return properties.codeValidity().toMinutes();
  }

  /** Whether codes really go out by SMS, or only to the log (demo). */
  public boolean smsDelivered() {
    return sms.delivers();
  }
}
