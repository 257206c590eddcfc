package cn.harbin.fertility.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The reference for the start-up figure: a bare {@code camunda-bpm-spring-boot-starter-webapp} application on the
 * same class path, with none of our beans, models or tables (its configuration is {@code bench/bare-starter.yaml}).
 */
@SpringBootApplication
public class BareStarterWebapp {

  public static void main(String[] args) {
    SpringApplication.run(BareStarterWebapp.class, args);
  }
}
