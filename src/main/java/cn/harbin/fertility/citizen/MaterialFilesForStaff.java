package cn.harbin.fertility.citizen;

import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.common.ForbiddenException;
import cn.harbin.fertility.common.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A file a citizen supplied, opened by a caseworker from the task form: for a bureau that has or had a task of
 * that case, for supervisors and for administrators; refused (403) for other staff. Served as stored, with its
 * detected type, in a sandbox.
 */
@RestController
class MaterialFilesForStaff {

  private final SuppliedMaterial material;
  private final HistoryService historyService;

  MaterialFilesForStaff(SuppliedMaterial material, HistoryService historyService) {
    this.material = material;
    this.historyService = historyService;
  }

  @GetMapping("/staff/material-files/{fileId}")
  ResponseEntity<byte[]> file(@PathVariable long fileId, Authentication staff) {
    SuppliedMaterial.StoredFile file = material.file(fileId)
        .orElseThrow(() -> new NotFoundException("没有这个文件", "There is no such file"));
    if (!mayOpen(staff, file.applicationNumber())) {
      throw new ForbiddenException("您所在的部门没有办理过这件申请，不能查看它的材料",
          "Your bureau has had no task of this application; its files are not yours to see");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; object-src 'self'")
        .header("X-Content-Type-Options", "nosniff")
        .body(material.content(fileId));
  }

  private boolean mayOpen(Authentication staff, String applicationNumber) {
    Set<String> groups = staff.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
    if (groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(BureauDirectory.SUPERVISORS)) {
      return true;
    }
    return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(applicationNumber).list()
        .stream().flatMap(task -> historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
            .type(IdentityLinkType.CANDIDATE).list().stream())
        .anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
  }
}
