package org.marsad;

/** Input Marsad refuses (binary, undecodable, too large, malformed): the message names the input. */
public class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
