package org.marsad.server;

import java.util.Locale;

/** Export formats, with the media type each is served as. */
public enum ExportFormat {
  ACLED_CSV("acled-csv", "text/csv; charset=utf-8", "csv"),
  HXL_CSV("hxl-csv", "text/csv; charset=utf-8", "csv"),
  GEOJSON("geojson", "application/geo+json", "geojson"),
  JSONL("jsonl", "application/x-ndjson", "jsonl");

  private final String code;
  private final String mediaType;
  private final String extension;

  ExportFormat(String code, String mediaType, String extension) {
    this.code = code;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String code() {
    return code;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public static ExportFormat of(String s) {
    for (ExportFormat f : values()) {
      if (f.code.equals(s.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format \"" + s + "\" (expected acled-csv, hxl-csv, geojson or jsonl)");
  }
}
