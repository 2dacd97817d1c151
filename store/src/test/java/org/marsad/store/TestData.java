package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.Pipeline;
import org.marsad.ingest.Source;
import org.marsad.model.Actor;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Extraction;
import org.marsad.model.Modality;
import org.marsad.model.Place;
import org.marsad.model.Span;

/** Inputs written for these tests, and a deterministic stand-in extractor that yields events. */
final class TestData {
  private TestData() {}

  // Sentences written for these tests (not from any corpus).
  static final String[] SENTENCES = {
    "فرضت القوات حصاراً على المدينة ومنعت دخول الطحين والدواء.",
    "خرج الأهالي في مظاهرة أمام المخبز بعد إغلاقه منذ ثلاثة أيام.",
    "اعتقلت دورية عند الحاجز شابين من البلدة صباح اليوم.",
    "وصل وفد من الوجهاء إلى القرية لبحث فتح الطريق.",
    "The army closed the road to the town and stopped flour deliveries.",
  };

  /** The pipeline's read + extract, plus one synthetic event per report derived from its text. */
  static Function<Source, Extraction> withSyntheticEvents(Pipeline p) {
    return s -> {
      Extraction x = p.extract(p.read(s));
      List<Event> events = new ArrayList<>(x.events());
      events.add(syntheticEvent(x.text()));
      return new Extraction(x.document(), x.text(), x.paragraphs(), events, x.diagnostics());
    };
  }

  static Event syntheticEvent(String text) {
    int h = Math.floorMod(text.hashCode(), 1000);
    EventType type = EventType.values()[h % EventType.values().length];
    int end = Math.min(text.length(), 10);
    Place place = new Place("test:" + (h % 7), "Place " + (h % 7), "مكان " + (h % 7), "SY", "Region", null,
        33.0 + (h % 7) / 10.0, 36.0, 1 + h % 3, new Span(0, end));
    return new Event("syn1", type, Map.of("phase", "imposed", "count", h % 5), Modality.ASSERTED, h % 4 == 0,
        new EventDate("2020-09-" + String.format("%02d", 1 + h % 28), EventDate.ON, 1, List.of(new Span(0, end))),
        place, new Actor("Actor " + (h % 3), "state forces", null), null, null, List.of(new Span(0, end)), "test:synthetic");
  }

  static void write(Path p, String text) {
    try {
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A digest of everything the store holds except arrival times: equal digests mean equal content
   * whatever order or run it arrived in.
   */
  static String digest(Store store) {
    return sha(String.join("\n", digests(store).values()));
  }

  /** {@link #digest} per query, so that a failing comparison names the table that differs. */
  static java.util.Map<String, String> digests(Store store) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    store.jdbi().useHandle(h -> {
      for (String sql : List.of(
          "SELECT id, source_name, outlet, url, title, published, language, raw_text, paragraphs, diagnostics FROM reports ORDER BY id",
          "SELECT * FROM events ORDER BY report_id, event_id",
          "SELECT * FROM places ORDER BY id",
          "SELECT * FROM actors ORDER BY name",
          "SELECT source_name, reason FROM rejects ORDER BY source_key",
          "SELECT * FROM report_signatures ORDER BY report_id",
          "SELECT * FROM report_band_sets ORDER BY report_id",
          "SELECT * FROM report_fields ORDER BY report_id",
          "SELECT * FROM event_places ORDER BY place_key",
          "SELECT * FROM derive_pending ORDER BY report_id",
          "SELECT * FROM record_meta ORDER BY meta_key",
          "SELECT * FROM fused_events ORDER BY id",
          "SELECT * FROM fused_event_members ORDER BY fused_id, report_id, event_id",
          "SELECT * FROM status_intervals ORDER BY id",
          "SELECT * FROM status_interval_sources ORDER BY interval_id, report_id, event_id")) {
        StringBuilder sb = new StringBuilder();
        h.createQuery(sql).map((rs, ctx) -> {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.append(rs.getString(i)).append('\u001f');
          }
          return row.toString();
        }).forEach(r -> sb.append(r).append('\n'));
        out.put(sql, sha(sb.toString()));
      }
    });
    return out;
  }

  private static String sha(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
