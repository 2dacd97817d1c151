package org.marsad.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.ingest.Source;

/** The example reports `marsad demo` preloads (classpath marsad/demo/, listed in reports.tsv). */
public final class DemoReports {
  private static final String DIR = "marsad/demo/";

  private DemoReports() {}

  public static List<Source> sources() {
    List<Source> out = new ArrayList<>();
    for (String line : MarsadServer.resource(DIR + "reports.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      try (InputStream in = DemoReports.class.getClassLoader().getResourceAsStream(DIR + f[0])) {
        if (in == null) {
          throw new IllegalStateException("demo report " + f[0] + " is missing from the jar");
        }
        out.add(new Source("demo/" + f[0], in.readAllBytes(), LocalDate.parse(f[1]), f[2], null, f[3], null));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read demo report " + f[0], e);
      }
    }
    return out;
  }
}
