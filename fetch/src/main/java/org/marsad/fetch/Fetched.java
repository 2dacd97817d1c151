package org.marsad.fetch;

import java.net.URI;

/**
 * A successful (2xx) or not-modified (304) response.
 *
 * @param uri the URI finally fetched, after redirects
 * @param status the HTTP status
 * @param body the body (empty for 304)
 * @param contentType the Content-Type header, or null
 * @param etag the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 */
public record Fetched(URI uri, int status, byte[] body, String contentType, String etag, String lastModified) {
  public boolean notModified() {
    return status == 304;
  }
}
