package cn.harbin.fertility.population;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Demo profile: the families of the demo cases, loaded through the same CSV import an administrator uses. */
@Component
@Profile("demo")
public class DemoPopulationRecords {

  private final JdbcPopulationRegistry registry;

  public DemoPopulationRecords(JdbcPopulationRegistry registry) {
    this.registry = registry;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(20)
  public void load() {
    try (Reader csv = new InputStreamReader(new ClassPathResource("demo/population.csv").getInputStream(),
        StandardCharsets.UTF_8)) {
      registry.saveAll(PopulationCsv.read(csv, "DEMO"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
