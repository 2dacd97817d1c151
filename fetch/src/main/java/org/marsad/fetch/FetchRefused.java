package org.marsad.fetch;

import org.marsad.BadInputException;

/**
 * A fetch that was refused or failed: a forbidden address or scheme, too many redirects, a body
 * over the cap, a timeout, an HTTP error. The message is one line naming the URL.
 */
public class FetchRefused extends BadInputException {
  public FetchRefused(String message) {
    super(message);
  }

  public FetchRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
