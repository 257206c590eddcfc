package cn.harbin.fertility.cluster;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/**
 * One application node's engine with its job executor on a shared PostgreSQL database, as a cluster node runs it;
 * a test starts it in a JVM of its own ({@code main}) to kill it, or in its own JVM ({@link #start}).
 */
final class EngineNode {

  private EngineNode() {}

  /** @param args node name, JDBC URL, user, password, job lock time in milliseconds */
  public static void main(String[] args) throws InterruptedException {
    start(args[0], args[1], args[2], args[3], Integer.parseInt(args[4]), true);
    Thread.currentThread().join();
  }

  static ProcessEngine start(String name, String url, String user, String password, int lockTimeMillis,
      boolean executeJobs) {
    DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
    jobExecutor.setWaitTimeInMillis(50);
    jobExecutor.setMaxWait(500);
    jobExecutor.setLockTimeInMillis(lockTimeMillis);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl(url);
    configuration.setJdbcUsername(user);
    configuration.setJdbcPassword(password);
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutor(jobExecutor);
    configuration.setJobExecutorActivate(executeJobs);
    return configuration.buildProcessEngine();
  }
}
