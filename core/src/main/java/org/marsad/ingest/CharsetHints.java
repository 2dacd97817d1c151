package org.marsad.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text says its own encoding: an HTTP Content-Type's {@code charset} parameter, or an
 * HTML page's {@code <meta charset>} / {@code http-equiv} declaration in its first kilobytes (the
 * prescan a browser does). Either gives a hint for {@link TextDecoder}, which still checks it.
 */
public final class CharsetHints {
  private static final Pattern PARAM = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META = Pattern.compile(
      "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  /** Browsers look at the first 1024 bytes; pages with long heads get a little more room. */
  private static final int PRESCAN = 4096;

  private CharsetHints() {}

  /** The charset parameter of a Content-Type header, or null. */
  public static String fromContentType(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = PARAM.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /** The charset an HTML page's meta tag declares in its first bytes, or null. */
  public static String fromMeta(byte[] bytes) {
    int n = Math.min(bytes.length, PRESCAN);
    // ASCII-compatible encodings only: a UTF-16 page has a BOM or NUL pattern the decoder reads.
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    if (!m.find()) {
      return null;
    }
    String cs = m.group(1).toLowerCase(Locale.ROOT);
    // A page saved as UTF-16 still says utf-16 in its meta; a browser then reads UTF-8 if no BOM.
    return cs.startsWith("utf-16") ? null : cs;
  }

  /** The header's charset, else the page's meta charset, else null (detect). */
  public static String declared(String contentType, byte[] bytes) {
    String h = fromContentType(contentType);
    return h != null ? h : fromMeta(bytes);
  }
}
