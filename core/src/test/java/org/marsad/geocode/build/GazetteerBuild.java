package org.marsad.geocode.build;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Offline build of the shipped gazetteer's generated files (syria-admin.tsv, syria-localities.tsv,
 * syria-neighbourhoods.tsv, countries.tsv) from the staged open data. It is a test only so that it
 * runs with the project's own classpath; it does nothing unless asked:
 *
 * <pre>
 * mvn -o -q -pl core test -Dtest=GazetteerBuild -Dmarsad.gazetteer.data=/work/shared/data
 * </pre>
 *
 * (-Dmarsad.gazetteer.out=DIR writes elsewhere than core/src/main/resources/marsad/gazetteer).
 * Towns get their admin1/admin2 by point-in-polygon against the OCHA 2016 admin2 polygons (read
 * here with a minimal .shp reader), falling back to the nearest admin3 centroid for points just
 * outside every polygon (coast, borders).
 */
class GazetteerBuild {
  static final String HEADER_COLS = "# id\tlevel\tname_en\tname_ar\taliases\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation";

  @Test
  void build() throws IOException {
    String data = System.getProperty("marsad.gazetteer.data");
    assumeTrue(data != null, "set -Dmarsad.gazetteer.data=/work/shared/data to rebuild the gazetteer");
    Path in = Path.of(data);
    Path project = Path.of("").toAbsolutePath();
    if (!Files.isDirectory(project.resolve("src/main/java/org/marsad"))) {
      project = project.resolve("core");
    }
    Path out = Path.of(System.getProperty("marsad.gazetteer.out", project.resolve("src/main/resources/marsad/gazetteer").toString()));
    Path tools = project.getParent().resolve("tools/gazetteer");
    Files.createDirectories(out);
    Admin admin = buildAdmin(in.resolve("opensyria-admin"), out);
    toolsDir = tools;
    buildLocalities(in, admin, out);
    buildNeighbourhoods(in.resolve("ocha-cod-2016-romansul"), out);
    buildCountries(tools.resolve("country-centroids.tsv"), out);
  }

  // ---------------------------------------------------------------- admin 1-3 (OpenSyria)

  private Path toolsDir;

  record Centroid(String pcode, String adm2, String adm1, double lat, double lon) {}

  record Admin(Map<String, String> byOpenSyriaId, List<Centroid> admin3) {}

  private Admin buildAdmin(Path dir, Path out) throws IOException {
    ObjectMapper m = new ObjectMapper();
    Map<String, String> ids = new LinkedHashMap<>();
    List<String> rows = new ArrayList<>();
    List<Centroid> admin3 = new ArrayList<>();
    Set<String> governorateNames = new java.util.HashSet<>();
    String[][] files = {{"governorates.json", "admin1"}, {"districts.json", "admin2"}, {"subdistricts.json", "admin3"}};
    for (String[] f : files) {
      for (JsonNode n : m.readTree(dir.resolve(f[0]).toFile())) {
        ids.put(n.get("id").asText(), n.path("externalIds").path("ochaPcode").asText());
      }
    }
    for (String[] f : files) {
      for (JsonNode n : m.readTree(dir.resolve(f[0]).toFile())) {
        String pcode = ids.get(n.get("id").asText());
        String en = n.path("name").path("en").asText();
        String ar = n.path("name").path("ar").asText();
        Set<String> aliases = new LinkedHashSet<>();
        for (JsonNode a : n.path("aliases")) {
          String v = a.path("value").asText();
          // OpenSyria's romanised-without-vowels spellings ("nahyt mrkz alhskt") match nothing real
          if (!v.isBlank() && !a.path("type").asText().equals("transliteration") && !v.matches("[a-z ]+")) {
            aliases.add(v);
          }
        }
        if (pcode.equals("SY03")) { // the name used by OCHA, ACLED and the project's gold files
          aliases.add(en);
          en = "Rural Damascus";
        }
        if (ar.startsWith("مركز ")) { // "the centre subdistrict of X": reports say "ناحية X"
          aliases.add("ناحية " + ar.substring(5));
        }
        String a1 = f[1].equals("admin1") ? "" : ids.get(n.path("governorateId").asText());
        String a2 = f[1].equals("admin3") ? ids.get(n.path("districtId").asText()) : "";
        double lat = n.path("centroid").path("latitude").asDouble();
        double lon = n.path("centroid").path("longitude").asDouble();
        String pop = n.path("population").path("value").isNumber() ? n.path("population").path("value").asText() : "";
        if (!f[1].equals("admin1")) {
          // "ريف دمشق" or "مدينة إدلب" as an alias of a district would outvote the governorate or the city
          aliases.removeIf(a -> governorateNames.contains(a) || a.startsWith("مدينة ") || a.startsWith("City of"));
        } else {
          governorateNames.add(en);
          governorateNames.add(ar);
          governorateNames.addAll(aliases);
        }
        aliases.remove(en);
        aliases.remove(ar);
        rows.add(row(pcode, f[1], en, ar, aliases, "SY", a1, a2, lat, lon, pop));
        if (f[1].equals("admin3")) {
          admin3.add(new Centroid(pcode, a2, a1, lat, lon));
        }
      }
    }
    write(out.resolve("syria-admin.tsv"), rows,
        "# source: OpenSyria Data Geography (github.com/Open-Syria/data-geography, commit bebd183c9f59bde9fa56fa942cb8b8e9ca1351e6):",
        "#   governorates, districts, subdistricts with OCHA P-codes as ids. Licence: CC BY 4.0 (c) OpenSyria and its",
        "#   upstream sources (geoBoundaries CC BY 4.0, GeoNames CC BY 4.0, Wikidata CC0, OCHA/HDX CC BY-IGO).",
        "#   Generated by GazetteerBuild (Marsad project, Apache-2.0); SY03's English name set to \"Rural Damascus\" (OCHA).");
    return new Admin(ids, admin3);
  }

  // ---------------------------------------------------------------- towns (prayer-times list)

  private void buildLocalities(Path in, Admin admin, Path out) throws IOException {
    Path ocha = in.resolve("ocha-cod-2016-romansul");
    List<List<double[]>> polys = Shapefile.polygons(ocha.resolve("syr_admin2.shp"));
    List<Map<String, String>> attrs = Csv.read(ocha.resolve("syr_admin2_attributes.csv"));
    if (polys.size() != attrs.size()) {
      throw new IllegalStateException("syr_admin2.shp has " + polys.size() + " shapes but the attributes " + attrs.size());
    }
    Map<String, List<String[]>> fixes = new LinkedHashMap<>();
    for (String line : Files.readAllLines(toolsDir.resolve("locality-fixes.tsv"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] f = line.split("\t", -1);
        fixes.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
      }
    }
    JsonNode cities = new ObjectMapper().readTree(in.resolve("gazetteer-prayertimes/cities-sy.json").toFile());
    List<String> rows = new ArrayList<>();
    int i = 0;
    int inside = 0;
    for (JsonNode c : cities) {
      i++;
      String ar = c.path("nameAr").asText("").trim();
      String en = c.path("nameEn").asText("").trim();
      if (ar.isEmpty() && en.isEmpty()) {
        continue;
      }
      double lat = c.path("lat").asDouble();
      double lon = c.path("lng").asDouble();
      String a1 = "";
      String a2 = "";
      for (int k = 0; k < polys.size(); k++) {
        if (Shapefile.contains(polys.get(k), lon, lat)) {
          a2 = attrs.get(k).get("PCODE");
          a1 = attrs.get(k).get("ADM1_PCODE");
          inside++;
          break;
        }
      }
      if (a2.isEmpty()) {
        Centroid best = null;
        double bd = Double.MAX_VALUE;
        for (Centroid ce : admin.admin3()) {
          double d = (ce.lat() - lat) * (ce.lat() - lat) + (ce.lon() - lon) * (ce.lon() - lon) * Math.cos(Math.toRadians(lat));
          if (d < bd) {
            bd = d;
            best = ce;
          }
        }
        a1 = best.adm1();
        a2 = best.adm2();
      }
      String pop = c.path("pop").isNumber() ? c.path("pop").asText() : "";
      String id = String.format(Locale.ROOT, "SYPT%04d", i);
      Set<String> aliases = new LinkedHashSet<>();
      boolean drop = false;
      for (String[] f : fixes.getOrDefault(id, List.of())) {
        switch (f[1]) {
          case "drop" -> drop = true;
          case "aliases+" -> aliases.addAll(List.of(f[2].split("\\|")));
          case "population" -> pop = f[2];
          default -> throw new IllegalStateException("unknown fix " + f[1] + " for " + id);
        }
      }
      if (drop) {
        continue;
      }
      rows.add(row(id, "locality", en, ar, aliases, "SY", a1, a2, lat, lon, pop));
    }
    System.out.printf(Locale.ROOT, "localities: %d rows, %d inside an admin2 polygon%n", rows.size(), inside);
    write(out.resolve("syria-localities.tsv"), rows,
        "# source: cities-sy.json of github.com/TarekAlsabbagh/prayer-times (commit a27efc07c101d212ec152ed608fa8cd468b13546),",
        "#   1,822 Syrian towns and villages with Arabic and English names and coordinates (probably Wikidata-derived, CC0).",
        "#   Licence: none stated upstream; shipped as facts (names and coordinates) under the project decision recorded in",
        "#   PROVENANCE.md, FLAGGED FOR REPLACEMENT by GeoNames (CC BY 4.0) or OCHA COD populated places.",
        "#   admin1/admin2: OCHA P-codes by point-in-polygon on the OCHA COD 2016 admin2 boundaries (CC BY-IGO).",
        "#   ids SYPTnnnn = 1-based record number in that file. Generated by GazetteerBuild (Marsad project, Apache-2.0).");
  }

  // ---------------------------------------------------------------- neighbourhoods (OCHA)

  private void buildNeighbourhoods(Path ocha, Path out) throws IOException {
    List<String> rows = new ArrayList<>();
    for (Map<String, String> r : Csv.read(ocha.resolve("city_neighbourhoods_attributes.csv"))) {
      Set<String> aliases = new LinkedHashSet<>();
      for (String k : new String[] {"NAM_EN_REF", "NAM_AR_REF"}) {
        aliases.add(r.get(k).trim());
      }
      aliases.remove(r.get("NAME_EN").trim());
      aliases.remove(r.get("NAME_AR").trim());
      aliases.remove("");
      rows.add(row(r.get("PCODE"), "neighbourhood", r.get("NAME_EN").trim(), r.get("NAME_AR").trim(), aliases, "SY",
          r.get("ADM1_PCODE"), r.get("ADM2_PCODE"), Double.parseDouble(r.get("LATITUDE")), Double.parseDouble(r.get("LONGITUDE")), ""));
    }
    write(out.resolve("syria-neighbourhoods.tsv"), rows,
        "# source: UN OCHA Syria COD, city_neighbourhoods (HDX syr_admin_shp_utf8_18219, 2016-09-05), attribute table only.",
        "#   Licence: CC BY-IGO (c) UN OCHA. Generated by GazetteerBuild (Marsad project, Apache-2.0).");
  }

  // ---------------------------------------------------------------- countries (JDK CLDR names)

  private void buildCountries(Path centroids, Path out) throws IOException {
    Map<String, String[]> table = new LinkedHashMap<>();
    for (String line : Files.readAllLines(centroids, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] c = line.split("\t", -1);
        table.put(c[0], c);
      }
    }
    Locale ar = Locale.forLanguageTag("ar");
    List<String> rows = new ArrayList<>();
    for (String iso : Locale.getISOCountries()) {
      String[] c = table.get(iso);
      if (c == null) {
        throw new IllegalStateException("no centroid in " + centroids + " for country " + iso);
      }
      Locale l = new Locale("", iso);
      String en = strip(l.getDisplayCountry(Locale.ENGLISH));
      String arName = strip(l.getDisplayCountry(ar));
      Set<String> aliases = new LinkedHashSet<>();
      if (c.length > 3 && !c[3].isBlank()) {
        for (String a : c[3].split("\\|")) {
          aliases.add(a.trim());
        }
      }
      String full = l.getDisplayCountry(Locale.ENGLISH);
      if (full.contains("&")) {
        aliases.add(full.replace("&", "and"));
      }
      aliases.remove(en);
      aliases.remove(arName);
      rows.add(row(iso, "country", en, arName, aliases, iso, "", "", Double.parseDouble(c[1]), Double.parseDouble(c[2]), ""));
    }
    write(out.resolve("countries.tsv"), rows,
        "# source: country names in Arabic and English from the JDK's CLDR locale data (Unicode licence), with extra",
        "#   names and approximate centres from tools/gazetteer/country-centroids.tsv (Marsad project, Apache-2.0).",
        "#   Generated by GazetteerBuild (Marsad project, Apache-2.0).");
  }

  /** CLDR qualifiers ("Myanmar (Burma)", "Hong Kong SAR China") are not how reports name places. */
  private static String strip(String name) {
    return name.replaceAll("\\s*\\(.*\\)", "").replace(" SAR China", "").trim();
  }

  // ---------------------------------------------------------------- output

  private static String row(String id, String level, String en, String ar, Set<String> aliases, String cc, String a1, String a2,
      double lat, double lon, String pop) {
    return String.join("\t", id, level, clean(unqualified(en)), clean(unqualified(ar)), String.join("|", aliases.stream().map(GazetteerBuild::clean).toList()),
        cc, a1, a2, String.format(Locale.ROOT, "%.5f", lat).replaceAll("0+$", "").replaceAll("\\.$", ""),
        String.format(Locale.ROOT, "%.5f", lon).replaceAll("0+$", "").replaceAll("\\.$", ""), pop);
  }

  /** The prayer-times list qualifies homonyms ("الطيبة (تدمر)"); reports write the bare name. */
  private static String unqualified(String s) {
    return s.replaceAll("\\s*\\([^)]*\\)", "").trim();
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ").replace('|', '/').trim();
  }

  private static void write(Path file, List<String> rows, String... header) {
    List<String> lines = new ArrayList<>(List.of(header));
    lines.add(HEADER_COLS);
    lines.addAll(rows);
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    System.out.println("wrote " + file + " (" + rows.size() + " rows)");
  }

  // ---------------------------------------------------------------- minimal readers

  /** ESRI shapefile polygons (type 5): each shape is its rings as flat [x0, y0, x1, y1, ...] arrays. */
  static final class Shapefile {
    static List<List<double[]>> polygons(Path shp) throws IOException {
      ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(shp));
      List<List<double[]>> out = new ArrayList<>();
      int pos = 100;
      while (pos + 8 <= b.limit()) {
        b.order(ByteOrder.BIG_ENDIAN);
        int len = b.getInt(pos + 4) * 2;
        int c = pos + 8;
        b.order(ByteOrder.LITTLE_ENDIAN);
        int type = b.getInt(c);
        List<double[]> rings = new ArrayList<>();
        if (type == 5) {
          int parts = b.getInt(c + 36);
          int points = b.getInt(c + 40);
          int p0 = c + 44 + 4 * parts;
          for (int k = 0; k < parts; k++) {
            int from = b.getInt(c + 44 + 4 * k);
            int to = k + 1 < parts ? b.getInt(c + 44 + 4 * (k + 1)) : points;
            double[] ring = new double[2 * (to - from)];
            for (int q = from; q < to; q++) {
              ring[2 * (q - from)] = b.getDouble(p0 + 16 * q);
              ring[2 * (q - from) + 1] = b.getDouble(p0 + 16 * q + 8);
            }
            rings.add(ring);
          }
        } else if (type != 0) {
          throw new IllegalStateException(shp + ": shape type " + type + " is not a polygon");
        }
        out.add(rings);
        pos = c + len;
      }
      return out;
    }

    /** Even-odd ray casting over all rings, so holes are handled. */
    static boolean contains(List<double[]> rings, double x, double y) {
      boolean in = false;
      for (double[] r : rings) {
        int n = r.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
          double xi = r[2 * i], yi = r[2 * i + 1], xj = r[2 * j], yj = r[2 * j + 1];
          if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
            in = !in;
          }
        }
      }
      return in;
    }
  }

  /** RFC 4180 CSV with a header row. */
  static final class Csv {
    static List<Map<String, String>> read(Path file) throws IOException {
      String s = Files.readString(file, StandardCharsets.UTF_8);
      if (s.startsWith("\uFEFF")) {
        s = s.substring(1);
      }
      List<List<String>> recs = new ArrayList<>();
      List<String> cur = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean q = false;
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (q) {
          if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
            f.append('"');
            i++;
          } else if (ch == '"') {
            q = false;
          } else {
            f.append(ch);
          }
        } else if (ch == '"') {
          q = true;
        } else if (ch == ',') {
          cur.add(f.toString());
          f.setLength(0);
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
          cur.add(f.toString());
          f.setLength(0);
          recs.add(cur);
          cur = new ArrayList<>();
        } else {
          f.append(ch);
        }
      }
      if (f.length() > 0 || !cur.isEmpty()) {
        cur.add(f.toString());
        recs.add(cur);
      }
      List<String> head = recs.get(0);
      List<Map<String, String>> out = new ArrayList<>();
      for (List<String> r : recs.subList(1, recs.size())) {
        if (r.size() == 1 && r.get(0).isEmpty()) {
          continue;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int k = 0; k < head.size(); k++) {
          m.put(head.get(k), k < r.size() ? r.get(k) : "");
        }
        out.add(m);
      }
      return out;
    }
  }
}
