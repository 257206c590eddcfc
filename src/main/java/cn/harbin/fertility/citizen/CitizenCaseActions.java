package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.Tika;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a signed-in citizen may do to their own case: withdraw it before the decision, and supply the material a
 * bureau asked for. Every case type takes the messages {@code <case type>-withdrawn} and (where its bureaus ask for
 * material) {@code <case type>-material-supplied}; a case not waiting for one refuses it, and nothing is stored.
 */
@Service
public class CitizenCaseActions {

  /** Files a request may carry, and the size of each. */
  public static final int MAX_FILES = 5;
  public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
  private static final Set<String> ACCEPTED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

  private final CitizenCases cases;
  private final SuppliedMaterial material;
  private final RuntimeService runtimeService;
  private final Tika tika = new Tika();

  public CitizenCaseActions(CitizenCases cases, SuppliedMaterial material, RuntimeService runtimeService) {
    this.cases = cases;
    this.material = material;
    this.runtimeService = runtimeService;
  }

  /** Ends the case before its decision. */
  @Transactional
  public void withdraw(Citizen citizen, String applicationNumber) {
    ApplicationRecord record = cases.own(citizen, applicationNumber);
    correlate(record, "-withdrawn", Map.of(), "该申请已办结，不能撤回", "This application is already decided and cannot be withdrawn");
  }

  /**
   * Keeps the description and the files (PDF, JPEG or PNG by their content, at most {@link #MAX_FILES} of
   * {@link #MAX_FILE_BYTES} each) and hands them to the waiting case, whose caseworker opens them from the task form.
   *
   * @param files the uploaded parts; empty parts (no file chosen) are ignored
   * @throws InvalidRequestException per field, before anything is read or stored
   */
  @Transactional
  public List<SuppliedMaterial.StoredFile> supplyMaterial(Citizen citizen, String applicationNumber,
      String description, List<MultipartFile> files) {
    ApplicationRecord record = cases.own(citizen, applicationNumber);
    List<SuppliedMaterial.Upload> uploads = checked(description, files);
    List<SuppliedMaterial.StoredFile> stored = material.insert(applicationNumber, description.strip(), uploads);
    String links = stored.stream()
        .map(file -> "[" + file.fileName().replace("[", "(").replace("]", ")") + "](/staff/material-files/"
            + file.id() + ")")
        .collect(Collectors.joining("　"));
    correlate(record, "-material-supplied", Map.of("suppliedMaterial", description.strip(),
        "suppliedMaterialFiles", links.isEmpty() ? "无附件" : links),
        "该申请目前不需要补正材料", "This application is not waiting for material");
    return stored;
  }

  private List<SuppliedMaterial.Upload> checked(String description, List<MultipartFile> files) {
    FieldChecks checks = new FieldChecks();
    checks.text("description", description, 1000, true, "补正材料说明（补正了哪些材料）",
        "The description of the material supplied");
    List<MultipartFile> chosen = files == null ? List.of()
        : files.stream().filter(file -> !file.isEmpty()).toList();
    List<FieldError> errors = new ArrayList<>(checks.errors());
    if (chosen.size() > MAX_FILES) {
      errors.add(new FieldError("files", "每次最多上传 " + MAX_FILES + " 个文件，本次选择了 " + chosen.size() + " 个",
          "At most " + MAX_FILES + " files at a time; " + chosen.size() + " were chosen"));
      throw new InvalidRequestException(errors);
    }
    for (MultipartFile file : chosen) {
      if (file.getSize() > MAX_FILE_BYTES) {
        errors.add(new FieldError("files", "文件“" + displayName(file) + "”超过 10 MB，未保存",
            "The file \"" + displayName(file) + "\" is larger than 10 MB; it was not stored"));
      }
    }
    InvalidRequestException.throwIfAny(errors);
    List<SuppliedMaterial.Upload> uploads = new ArrayList<>();
    for (MultipartFile file : chosen) {
      byte[] content = bytes(file);
      String type = tika.detect(content);
      if (!ACCEPTED_TYPES.contains(type)) {
        errors.add(new FieldError("files", "文件“" + displayName(file) + "”不是 PDF、JPEG 或 PNG（按文件内容判断），未保存",
            "The file \"" + displayName(file) + "\" is not a PDF, JPEG or PNG (judged by its content); it was not "
                + "stored"));
      }
      uploads.add(new SuppliedMaterial.Upload(displayName(file), type, content));
    }
    InvalidRequestException.throwIfAny(errors);
    return uploads;
  }

  /** The name without any path, control or markup characters, at most 100 characters. */
  static String displayName(MultipartFile file) {
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
        .replaceAll("[\\p{Cntrl}\\p{Cf}<>\"'`]", "").strip();
    if (name.isEmpty()) {
      name = "file";
    }
    return name.length() > 100 ? name.substring(0, 100) : name;
  }

  private static byte[] bytes(MultipartFile file) {
    try (InputStream in = file.getInputStream()) {
      return in.readNBytes((int) MAX_FILE_BYTES + 1);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private void correlate(ApplicationRecord record, String messageSuffix, Map<String, Object> variables,
      String refusedZh, String refusedEn) {
    try {
      runtimeService.createMessageCorrelation(record.caseType() + messageSuffix)
          .processInstanceBusinessKey(record.applicationNumber()).setVariables(variables).correlate();
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw new ConflictException(refusedZh, refusedEn);
    }
  }
}
