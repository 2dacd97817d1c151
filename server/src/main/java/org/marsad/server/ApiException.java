package org.marsad.server;

/**
 * An error the API reports as {@code {"error": ..., "detail": ...}} with an HTTP status. For a
 * 400 the error names the failing field, so a client can point at it.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String error;

  public ApiException(int status, String error, String detail) {
    super(detail);
    this.status = status;
    this.error = error;
  }

  public static ApiException badField(String field, String detail) {
    return new ApiException(400, "invalid " + field, detail);
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, "not found", what);
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }
}
