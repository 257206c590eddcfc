package cn.harbin.fertility;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FertilitySupportApplication {

  public static void main(String[] args) {
    SpringApplication.run(FertilitySupportApplication.class, args);
  }
}
