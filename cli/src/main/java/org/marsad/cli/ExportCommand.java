package org.marsad.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.Pipeline;
import org.marsad.geocode.Gazetteer;
import org.marsad.server.Alerts;
import org.marsad.server.ApiException;
import org.marsad.server.EventFilter;
import org.marsad.server.ExportFormat;
import org.marsad.server.Exporter;
import org.marsad.server.Params;
import org.marsad.server.Record;
import org.marsad.server.Subscriptions;
import org.marsad.server.Webhooks;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code marsad export}: the record's events (or communities) as ACLED CSV, HXL CSV, GeoJSON or JSON Lines, streamed. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Streams events (corrections applied, with review state) in an exchange format; the API's /api/v1/export.")
public class ExportCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "acled-csv, hxl-csv, geojson or jsonl.")
  String format;
  @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;
  @Option(names = "--bom", description = "Start with a UTF-8 byte-order mark (for Excel).")
  boolean bom;
  @Option(names = "--communities", description = "GeoJSON of communities with their current level instead of events.")
  boolean communities;
  @Option(names = "--verified-only", description = "Communities' status from verified events only.")
  boolean verifiedOnly;
  @Option(names = "--place", paramLabel = "P", description = "Place id or name (Arabic or English).") String place;
  @Option(names = "--admin1", paramLabel = "A") String admin1;
  @Option(names = "--type", paramLabel = "T") String type;
  @Option(names = "--from", paramLabel = "YYYY-MM-DD") String from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD") String to;
  @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat") String bbox;
  @Option(names = "--modality", paramLabel = "M") String modality;
  @Option(names = "--review", paramLabel = "pending|verified|rejected") String review;
  @Option(names = "--q", paramLabel = "QUERY", description = "Full-text query over the reports.") String q;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ExportFormat f;
    try {
      f = ExportFormat.of(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (communities && f != ExportFormat.GEOJSON) {
      throw new ParameterException(spec.commandLine(), "--communities is a GeoJSON export (use --format geojson)");
    }
    Map<String, String> params = new HashMap<>();
    params.put("place", place);
    params.put("admin1", admin1);
    params.put("type", type);
    params.put("from", from);
    params.put("to", to);
    params.put("bbox", bbox);
    params.put("modality", modality);
    params.put("review", review);
    params.put("q", q);
    try (Store s = store.open()) {
      Gazetteer g = Gazetteer.loadDefault();
      EventFilter filter;
      try {
        filter = Params.filter(params::get, s, g);
      } catch (ApiException e) {
        throw new ParameterException(spec.commandLine(), "--" + e.error().replace("invalid ", "") + ": " + e.getMessage());
      }
      Subscriptions subs = new Subscriptions(s.jdbi());
      try (Alerts alerts = new Alerts(s.jdbi(), new Webhooks(s.jdbi(), subs, 1, Duration.ofSeconds(1)));
          OutputStream os = output == null ? new NonClosing(System.out) : new BufferedOutputStream(Files.newOutputStream(output))) {
        Record record = new Record(s, Pipeline.defaultPipeline(), g, alerts);
        new Exporter(record).write(f, filter, bom, communities, verifiedOnly, os);
      }
    }
    return 0;
  }

  /** Standard output, flushed but never closed. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
