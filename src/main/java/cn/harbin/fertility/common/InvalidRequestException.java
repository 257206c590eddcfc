package cn.harbin.fertility.common;

import java.util.List;
import java.util.stream.Collectors;

/** A request that cannot be accepted as it is; nothing has been stored. Answered with 400. */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidRequestException(List<FieldError> errors) {
    super(errors.stream().map(error -> error.field() + ": " + error.messageZh() + " / " + error.messageEn())
        .collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  /** Refuses the request when the checks found anything; does nothing otherwise. */
  public static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }

  public List<FieldError> errors() {
    return errors;
  }
}
