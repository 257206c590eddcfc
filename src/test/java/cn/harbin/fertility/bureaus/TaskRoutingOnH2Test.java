package cn.harbin.fertility.bureaus;

import cn.harbin.fertility.support.EngineRestClient;
import cn.harbin.fertility.support.ApplicationOnH2;

/** Every test and assertion of {@link TaskRoutingContract}, on the default H2 database. */
@ApplicationOnH2
class TaskRoutingOnH2Test extends TaskRoutingContract {

  @Override
  String daoliCaseworkerId() {
    return "daolihealth";
  }

  @Override
  EngineRestClient daoliCaseworker() {
    return new EngineRestClient(rest, "daolihealth", DemoUsers.PASSWORD);
  }

  @Override
  EngineRestClient supervisor() {
    return new EngineRestClient(rest, "supervisor", DemoUsers.PASSWORD);
  }
}
