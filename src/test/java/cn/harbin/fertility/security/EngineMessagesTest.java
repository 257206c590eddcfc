package cn.harbin.fertility.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineMessagesTest {

  @Test
  void aMissingAuthorizationIsExplainedInChinese() {
    assertThat(EngineMessages.inChinese(
        "The user with id 'daolihealth' does not have 'CREATE' permission on resource 'Task'."))
        .hasValue("您（daolihealth）没有新建权限，不能对任务执行此操作；如确需办理，请联系系统管理员。");
    assertThat(EngineMessages.inChinese("The user with id 'supervisor' does not have one of the following permissions: "
        + "'UPDATE' permission on resource 'f42b73e5' of type 'ProcessInstance' or 'UPDATE_INSTANCE' permission on "
        + "resource 'childcare-subsidy' of type 'ProcessDefinition'"))
        .hasValue("您（supervisor）没有修改权限，不能对流程实例执行此操作；如确需办理，请联系系统管理员。");
  }

  @Test
  void somethingGoneMeanwhileIsSaidToBeGone() {
    assertThat(EngineMessages.inChinese("No matching task with id 77464130-ebef-11f1"))
        .hasValue("该任务已不存在（可能已由他人办结、撤回或删除），请刷新列表。");
    assertThat(EngineMessages.inChinese("Process instance with id f42b73e5 does not exist"))
        .hasValue("该流程实例已不存在（可能已由他人办结、撤回或删除），请刷新列表。");
    assertThat(EngineMessages.inChinese("Cannot find task with id 7746: task is null"))
        .hasValue("该任务已不存在（可能已由他人办结、撤回或删除），请刷新列表。");
  }

  @Test
  void otherMessagesAreLeftAsTheyAre() {
    assertThat(EngineMessages.inChinese("Cannot submit task form 7746: variable 'x' is not a form field")).isEmpty();
    assertThat(EngineMessages.inChinese("")).isEmpty();
  }
}
