package cn.harbin.fertility.population;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;

/** Administrators load household registration records from CSV (README "Population registry"). */
@RestController
@Tag(name = "人口库 Population registry (admin)")
public class PopulationRegistryAdminController {

  private final JdbcPopulationRegistry registry;

  public PopulationRegistryAdminController(JdbcPopulationRegistry registry) {
    this.registry = registry;
  }

  @PostMapping(path = "/api/admin/population-records", consumes = "text/csv")
  @Operation(summary = "导入户籍记录 / import household registration records",
      description = "UTF-8 CSV with the header id_number,name,division_code,father_id_number,mother_id_number,"
          + "birth_order,birth_date. All lines or none: a bad line is named in the 400 answer. Existing records of "
          + "the same identity numbers are replaced.",
      security = @SecurityRequirement(name = "basic"))
  public Map<String, Object> importCsv(HttpServletRequest request) throws IOException {
    List<PopulationRecord> records = PopulationCsv.read(
        new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8), "CSV");
    return Map.of("imported", registry.saveAll(records));
  }
}
