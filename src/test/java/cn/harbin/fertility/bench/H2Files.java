package cn.harbin.fertility.bench;

import java.nio.file.Path;
import java.util.Objects;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The URL of a benchmark's H2 file, with the settings of the application's own URL (application.yaml), so that the
 * benchmarks measure the database as deployed.
 */
final class H2Files {

  /** What follows the file name in the application's URL: {@code ;WRITE_DELAY=0;…}. */
  private static final String SETTINGS = applicationSettings();

  private H2Files() {}

  /** @param directory where the database's files go; the database is named {@code harbin} */
  static String url(Path directory) {
    return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("harbin") + SETTINGS;
  }

  private static String applicationSettings() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    String url = Objects.requireNonNull(yaml.getObject()).getProperty("spring.datasource.url");
    return url.substring(url.indexOf(';'));
  }
}
