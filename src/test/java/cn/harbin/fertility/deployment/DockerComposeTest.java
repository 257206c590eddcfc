package cn.harbin.fertility.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the tests run, so this checks what can be checked without one: the compose
 * file parses, it has the nodes the README describes, and it sets exactly the variables the application reads.
 */
class DockerComposeTest {

  private static final Path DOCKER = Path.of("docker");
  private static final Pattern REQUIRED_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
  private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

  @Test
  void composeRunsPostgres16TwoNodesAProxyAndTheMonitoring() throws IOException {
    Map<String, Object> services = services();
    assertThat(services).containsOnlyKeys("postgres", "app1", "app2", "proxy", "prometheus", "grafana");
    assertThat(service("postgres").get("image")).isEqualTo("postgres:16");
    assertThat(service("proxy").get("image").toString()).startsWith("nginx:");
    assertThat(service("app1").get("image")).isEqualTo(service("app2").get("image"));
  }

  @Test
  void bothNodesSetEveryVariableTheProductionProfileRequiresAndNoOther() throws IOException {
    String productionConfig = Files.readString(Path.of("src/main/resources/application-postgres.yaml"));
    String baseConfig = Files.readString(Path.of("src/main/resources/application.yaml"));
    Set<String> required = names(REQUIRED_PLACEHOLDER, productionConfig);
    Set<String> understood = names(ANY_PLACEHOLDER, productionConfig + baseConfig);
    understood.add("SPRING_PROFILES_ACTIVE");

    for (String node : List.of("app1", "app2")) {
      Map<String, Object> environment = environment(node);
      assertThat(environment.keySet()).as(node).containsAll(required).containsAll(
          List.of("HARBIN_ADMIN_ID", "HARBIN_ADMIN_PASSWORD"));
      assertThat(understood).as("variables the application reads").containsAll(environment.keySet());
      assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
      assertThat(environment.get("HARBIN_DB_URL").toString()).startsWith("jdbc:postgresql://postgres:5432/");
    }
  }

  @Test
  void proxyKeepsABrowserOnOneNodeAndKnowsBoth() throws IOException {
    String nginx = Files.readString(DOCKER.resolve("nginx.conf"));
    assertThat(nginx).contains("ip_hash;", "server app1:8080", "server app2:8080");
  }

  @Test
  void proxyPassesAsLargeARequestAsTheApplicationTakes() throws IOException {
    Matcher proxy = Pattern.compile("client_max_body_size (\\d+)m;")
        .matcher(Files.readString(DOCKER.resolve("nginx.conf")));
    Matcher application = Pattern.compile("max-request-size: (\\d+)MB")
        .matcher(Files.readString(Path.of("src", "main", "resources", "application.yaml")));
    assertThat(proxy.find()).as("nginx's limit").isTrue();
    assertThat(application.find()).as("the application's multipart limit").isTrue();
    assertThat(Integer.parseInt(proxy.group(1))).as("MB")
        .isGreaterThanOrEqualTo(Integer.parseInt(application.group(1)));
  }

  @Test
  void imageIsBuiltInStagesAndRunsAsAnUnprivilegedUserWithAHealthCheck() throws IOException {
    List<String> lines = Files.readAllLines(DOCKER.resolve("Dockerfile"));
    assertThat(lines.stream().filter(line -> line.startsWith("FROM "))).hasSize(2);
    assertThat(lines).anyMatch(line -> line.startsWith("FROM eclipse-temurin:17-jre"));
    assertThat(lines).anyMatch(line -> line.startsWith("USER ") && !line.contains("root"));
    assertThat(lines).anyMatch(line -> line.contains("/actuator/health"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> services() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
    return (Map<String, Object>) compose.get("services");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) throws IOException {
    return (Map<String, Object>) services().get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> environment(String node) throws IOException {
    return (Map<String, Object>) service(node).get("environment");
  }

  private static Set<String> names(Pattern pattern, String text) {
    Set<String> names = new HashSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** Every application metric the Grafana dashboard charts is one the application exports (SupervisionMetrics). */
  @Test
  void theGrafanaDashboardChartsTheApplicationsMetricsFromThePrometheusItScrapes() throws IOException {
    String dashboard = Files.readString(Path.of("docker/grafana/dashboards/harbin-fertility.json"));
    String scrape = Files.readString(Path.of("docker/prometheus.yml"));
    String sources = Files.readString(Path.of("src/main/java/cn/harbin/fertility/supervision/SupervisionMetrics.java"))
        + Files.readString(Path.of("src/main/java/cn/harbin/fertility/payments/Disbursements.java"));
    Matcher metric = Pattern.compile("harbin_([a-z_]+?)(_total)?\\b").matcher(dashboard);
    int charted = 0;
    while (metric.find()) {
      assertThat(sources).as(metric.group()).contains("\"harbin." + metric.group(1).replace('_', '.') + "\"");
      charted++;
    }
    assertThat(charted).isGreaterThanOrEqualTo(6);
    assertThat(scrape).contains("/actuator/prometheus", "app1:8080", "app2:8080", "password_file");
    assertThat(Files.readString(Path.of("docker/grafana/provisioning/datasources/prometheus.yaml")))
        .contains("http://prometheus:9090");
  }
}
