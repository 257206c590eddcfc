package cn.harbin.fertility.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns what is wrong with a request into a 4xx a citizen understands; never a stack trace. It answers for every
 * request Spring MVC serves (our API, the landing page, Swagger), also when no handler was found (404, 405, 415).
 */
@RestControllerAdvice
public class ApiErrorHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

  private final long maxRequestBytes;

  ApiErrorHandler(@Value("${harbin.api.max-request-bytes:65536}") long maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ApiError> invalid(InvalidRequestException invalid) {
    return answer(HttpStatus.BAD_REQUEST, new ApiError("申请信息有误，请按提示修改后重新提交，未保存任何内容",
        "The application has errors; correct them and submit again. Nothing was stored.", invalid.errors()));
  }

  @ExceptionHandler(BadRequestException.class)
  ResponseEntity<ApiError> badRequest(BadRequestException bad) {
    return answer(HttpStatus.BAD_REQUEST, ApiError.of(bad.messageZh(), bad.messageEn()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ApiError> conflict(ConflictException conflict) {
    return answer(HttpStatus.CONFLICT, ApiError.of(conflict.messageZh(), conflict.messageEn()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException unreadable) {
    for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestSizeLimit.TooLargeException) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, RequestSizeLimit.tooLarge(maxRequestBytes));
      }
    }
    if (unreadable.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      FieldError error;
      if (mapping instanceof UnrecognizedPropertyException) {
        error = new FieldError(field, "没有名为 " + field + " 的字段", "There is no field " + field);
      } else if (mapping instanceof InvalidNullException) {
        error = new FieldError(field, field + " 中不能有空值（null）", field + " cannot contain null");
      } else {
        error = new FieldError(field, field + " 格式不正确（文字请加引号，日期请写作 \"2025-03-14\"，数字请写阿拉伯数字）",
            field + " has the wrong format (text in quotes, dates as \"2025-03-14\", numbers as digits)");
      }
      return answer(HttpStatus.BAD_REQUEST, new ApiError("请求中有无法识别的内容，未保存任何内容",
          "The request has a value that cannot be read. Nothing was stored.", List.of(error)));
    }
    String problem = unreadable.getCause() == null ? "" : String.valueOf(unreadable.getCause().getMessage());
    if (problem.startsWith("Duplicate field")) {
      return answer(HttpStatus.BAD_REQUEST, ApiError.of("请求中有字段出现了两次，未保存任何内容",
          "A field appears twice in the request. Nothing was stored."));
    }
    if (problem.startsWith("Trailing token")) {
      return answer(HttpStatus.BAD_REQUEST, ApiError.of("JSON 内容之后还有多余的内容，未保存任何内容",
          "There is more after the JSON document. Nothing was stored."));
    }
    return answer(HttpStatus.BAD_REQUEST, ApiError.of("请求内容不是有效的 JSON，未保存任何内容",
        "The request body is not valid JSON. Nothing was stored."));
  }

  /** Names the format the endpoint takes: JSON for the public API, CSV for an import. */
  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException unsupported) {
    if (unsupported.getSupportedMediaTypes().stream().anyMatch(MediaType.APPLICATION_JSON::includes)
        || unsupported.getSupportedMediaTypes().isEmpty()) {
      return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiError.of(
          "请以 JSON 格式提交（Content-Type: application/json）", "Send the request as JSON (Content-Type: application/json)"));
    }
    String supported = unsupported.getSupportedMediaTypes().stream().map(MediaType::toString)
        .collect(Collectors.joining(", "));
    return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiError.of("请以 " + supported + " 格式提交（Content-Type）",
        "Send the request as " + supported + " (Content-Type)"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException unsupported) {
    return answer(HttpStatus.METHOD_NOT_ALLOWED, ApiError.of(
        "不支持该请求方式：" + unsupported.getMethod(), "This method is not supported here: " + unsupported.getMethod()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> argument(MethodArgumentTypeMismatchException mismatch) {
    return answer(HttpStatus.BAD_REQUEST, ApiError.of("参数 " + mismatch.getName() + " 格式不正确",
        "The parameter " + mismatch.getName() + " has the wrong format"));
  }

  /** Two hands changed the same case at once (a withdrawal while the reviewer decides, say): try again. */
  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ApiError> concurrentChange(OptimisticLockingException concurrent) {
    return answer(HttpStatus.CONFLICT, ApiError.of("该申请刚刚被他人处理，请稍后刷新再试",
        "The case was changed at the same moment; refresh and try again"));
  }

  /**
   * Whatever else went wrong is ours, not the citizen's: a plain apology with an error number, the details only in
   * our log under that number.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception unexpected) {
    if (unexpected instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
      return clientError(refusal.getStatusCode());
    }
    String errorId = ErrorIds.next();
    LOG.error("error {} answering an API request", errorId, unexpected);
    return answer(HttpStatus.INTERNAL_SERVER_ERROR, ApiError.of(
        "系统暂时无法处理您的请求，未保存任何内容，请稍后再试；如仍有问题，请告知错误编号 " + errorId,
        "The system could not handle the request; nothing was stored. Please try again later; if it persists, "
            + "quote the error number " + errorId));
  }

  /** What Spring itself refuses (no such page, an Accept it cannot serve, a missing parameter): said plainly. */
  private static ResponseEntity<ApiError> clientError(HttpStatusCode status) {
    ApiError error = status.value() == HttpStatus.NOT_FOUND.value()
        ? ApiError.of("没有这个地址", "There is nothing at this address")
        : status.value() == HttpStatus.NOT_ACCEPTABLE.value()
            ? ApiError.of("只能以 JSON 格式答复（Accept: application/json）",
                "The answer can only be JSON (Accept: application/json)")
            : ApiError.of("请求无法处理（" + status.value() + "），未保存任何内容", "The request cannot be handled ("
                + status.value() + "). Nothing was stored.");
    return answer(status, error);
  }

  /**
   * JSON, whatever the request's {@code Accept} asks for: an error is answered as it is, never turned into a 406 or,
   * inside this handler, a 500 by content negotiation.
   */
  private static ResponseEntity<ApiError> answer(HttpStatusCode status, ApiError error) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> notFound(NotFoundException notFound) {
    return answer(HttpStatus.NOT_FOUND, ApiError.of(notFound.messageZh(), notFound.messageEn()));
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ApiError> forbidden(ForbiddenException forbidden) {
    return answer(HttpStatus.FORBIDDEN, ApiError.of(forbidden.messageZh(), forbidden.messageEn()));
  }
}
