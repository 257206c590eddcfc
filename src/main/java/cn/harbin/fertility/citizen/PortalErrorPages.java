package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.CitizenFacingException;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.ErrorIds;
import cn.harbin.fertility.common.NotFoundException;
import cn.harbin.fertility.notifications.SmsNotSentException;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The portal's pages answer errors with a page of their own, in the page's language, never a stack trace. */
@ControllerAdvice(assignableTypes = {PortalHomeController.class, SignInController.class, MyCasesController.class,
    ApplyController.class, NurseryReportsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrorPages {

  private static final Logger LOG = LoggerFactory.getLogger(PortalErrorPages.class);

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException notFound, HttpServletResponse response, Model model) {
    return page(HttpStatus.NOT_FOUND, notFound, response, model);
  }

  @ExceptionHandler(ConflictException.class)
  String conflict(ConflictException conflict, HttpServletResponse response, Model model) {
    return page(HttpStatus.CONFLICT, conflict, response, model);
  }

  /** Two hands on the same case at once (a report while a district reviews another naming the same child). */
  @ExceptionHandler(OptimisticLockingException.class)
  String concurrent(OptimisticLockingException concurrent, HttpServletResponse response, Model model) {
    return page(HttpStatus.CONFLICT, new ConflictException("此事项刚刚被他人处理，未保存任何内容，请稍后再试",
        "Someone changed this at the same moment; nothing was stored, please try again"), response, model);
  }

  @ExceptionHandler(TooManyAttemptsException.class)
  String tooMany(TooManyAttemptsException tooMany, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
    model.addAttribute("status", HttpStatus.TOO_MANY_REQUESTS.value());
    model.addAttribute("messageKey", "error.tooMany");
    model.addAttribute("seconds", tooMany.retryAfterSeconds());
    return "portal/error";
  }

  @ExceptionHandler(SmsNotSentException.class)
  String smsNotSent(SmsNotSentException notSent, HttpServletResponse response, Model model) {
    LOG.warn("sign-in code not sent: {}", notSent.getMessage());
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
    model.addAttribute("messageKey", "error.smsNotSent");
    return "portal/error";
  }

  @ExceptionHandler(Exception.class)
  String unexpected(Exception unexpected, HttpServletResponse response, Model model) {
    String errorId = ErrorIds.next();
    LOG.error("error {} answering a portal page", errorId, unexpected);
    response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
    model.addAttribute("status", HttpStatus.INTERNAL_SERVER_ERROR.value());
    model.addAttribute("messageKey", "error.unexpected");
    model.addAttribute("errorId", errorId);
    return "portal/error";
  }

  private static String page(HttpStatus status, CitizenFacingException error, HttpServletResponse response,
      Model model) {
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("message", PortalLocale.text(error.messageZh(), error.messageEn()));
    return "portal/error";
  }
}
