package org.marsad.fetch;

/** A response that was neither 2xx, 304 nor a redirect; its status tells robots.txt handling what to do. */
public class HttpStatusRefused extends FetchRefused {
  private final int status;

  public HttpStatusRefused(String message, int status) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
