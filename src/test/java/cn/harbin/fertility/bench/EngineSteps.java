package cn.harbin.fertility.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Two start-up steps of Camunda's own for {@link StartupPhases}: the engine built (from its configuration's first
 * plugin call to the last), then the deployment of the models that the Spring Boot starter runs before it hands the
 * engine out. Spring records no step of its own for either: the engine is built inside whichever bean first asks for
 * it.
 */
final class EngineSteps implements BeanPostProcessor {

  static final String BUILD = "camunda.engine.build";
  static final String DEPLOYMENT = "camunda.engine.deployment";

  private final ApplicationStartup startup;
  private StartupStep build;
  private StartupStep deployment;

  EngineSteps(ApplicationStartup startup) {
    this.startup = startup;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof ProcessEngineConfigurationImpl configuration) {
      // The engine calls its plugins in their order: the build begins with the first one's first call and ends with
      // the last one's last call.
      configuration.getProcessEnginePlugins().add(0, new AbstractProcessEnginePlugin() {
        @Override
        public void preInit(ProcessEngineConfigurationImpl engineConfiguration) {
          build = startup.start(BUILD);
        }
      });
      configuration.getProcessEnginePlugins().add(new AbstractProcessEnginePlugin() {
        @Override
        public void postProcessEngineBuild(ProcessEngine engine) {
          build.end();
          deployment = startup.start(DEPLOYMENT);
        }
      });
    }
    return bean;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof ProcessEngine && deployment != null) {
      deployment.end();
      deployment = null;
    }
    return bean;
  }
}
