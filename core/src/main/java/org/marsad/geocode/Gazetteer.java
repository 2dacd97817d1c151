package org.marsad.geocode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.marsad.BadInputException;
import org.marsad.lexicon.LexiconFile;

/**
 * The places the geocoder knows: the shipped TSV layers (see docs/gazetteer.md) plus any files a
 * user adds, in the same TSV format or as a GeoNames dump ({@link GeoNamesReader}). Immutable once
 * built.
 */
public final class Gazetteer {
  /** Resource folder of the shipped layers. */
  public static final String RESOURCE_DIR = "marsad/gazetteer/";

  /** The curated layers, in load order. */
  public static final List<String> CURATED_LAYERS = List.of(
      "countries.tsv", "syria-admin.tsv", "syria-localities.tsv", "syria-extra.tsv", "syria-neighbourhoods.tsv",
      "regions.tsv", "world-cities.tsv", "camps.tsv", "conflict-towns.tsv");

  /**
   * The lowest-priority layer: GeoNames populated places of the Middle East and North Africa and of
   * the conflict-affected countries beyond it ({@link FallbackLayer}); loaded after every other layer
   * and file, never replacing their entries.
   */
  public static final String FALLBACK_LAYER = "geonames-mena.tsv";

  /** The shipped layers, in load order. */
  public static final List<String> DEFAULT_LAYERS = java.util.stream.Stream.concat(CURATED_LAYERS.stream(),
      java.util.stream.Stream.of(FALLBACK_LAYER)).toList();

  /**
   * Extra spellings for entries of the layers (columns: id, aliases '|'-separated), applied after
   * them: transliteration variants ("Deir Ezzor", "Hasakeh") that the generated layers lack and
   * must not be edited in by hand.
   */
  public static final String ALIASES = "aliases.tsv";

  /**
   * Arabic spellings made from the Latin names of curated places beyond Syria (Turkish towns: "سوروتش"
   * beside "سروج" for Suruç), generated with the fallback layer; read only with a cue, like its cue names.
   */
  public static final String SPELLINGS = "geonames-spellings.tsv";

  /**
   * System property naming extra gazetteer files (TSV or GeoNames dumps), separated by the platform
   * path separator or commas; read by {@link #loadDefault()}.
   */
  public static final String EXTRA_PROPERTY = "marsad.gazetteer.extra";

  private static final Pattern LIST_SPLIT = Pattern.compile("[,\\" + java.io.File.pathSeparator + "]");

  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byId;
  private final Map<String, String> adminNames;

  private Gazetteer(List<GazetteerEntry> entries, Map<String, String> extraAdminNames) {
    this.entries = List.copyOf(entries);
    Map<String, GazetteerEntry> ids = new HashMap<>(entries.size() * 2);
    for (GazetteerEntry e : entries) {
      ids.putIfAbsent(e.id(), e);
    }
    this.byId = ids;
    this.adminNames = Map.copyOf(extraAdminNames);
  }

  /** The shipped layers plus the files named by the {@value #EXTRA_PROPERTY} system property. */
  public static Gazetteer loadDefault() {
    Builder b = builder().addDefaultLayers();
    String extra = System.getProperty(EXTRA_PROPERTY, "").trim();
    if (!extra.isEmpty()) {
      for (String f : LIST_SPLIT.split(extra)) {
        if (!f.isBlank()) {
          b.addFile(Path.of(f.trim()));
        }
      }
    }
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Regions within one country that can be besieged or blockaded as a whole (an enclave, a strip, a
   * region under blockade): the curated layers' region entries that name a country. Continents and
   * seas name none, governorates are admin levels, and a compass part of a country ("Northern Syria",
   * "the Syrian Coast": its name holds the country's) is no enclave, so none of them is among them.
   */
  public static Set<String> enclaveIds() {
    Gazetteer g = builder().addResource(RESOURCE_DIR + "countries.tsv").addResource(RESOURCE_DIR + "regions.tsv")
        .addResource(RESOURCE_DIR + "world-cities.tsv").build();
    Map<String, String> countryStems = new HashMap<>();
    for (GazetteerEntry e : g.entries()) {
      if (e.level() == PlaceLevel.COUNTRY) {
        String n = e.nameEn().toLowerCase(Locale.ROOT);
        // "Syria" → "syri" also finds "Syrian", "Iraq" → "iraq" finds "Iraqi"
        countryStems.put(e.country(), n.length() > 4 ? n.substring(0, n.length() - 1) : n);
      }
    }
    Set<String> ids = new TreeSet<>();
    for (GazetteerEntry e : g.entries()) {
      String stem = e.country() == null ? null : countryStems.get(e.country());
      if (e.level() == PlaceLevel.REGION && stem != null && !e.nameEn().toLowerCase(Locale.ROOT).contains(stem)) {
        ids.add(e.id());
      }
    }
    return Collections.unmodifiableSet(ids);
  }

  public List<GazetteerEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  public GazetteerEntry byId(String id) {
    return byId.get(id);
  }

  /** The name behind an admin key: the English name of the entry with that id, else the key. */
  public String adminName(String key) {
    if (key == null || key.isEmpty()) {
      return null;
    }
    GazetteerEntry e = byId.get(key);
    if (e != null) {
      return e.name();
    }
    return adminNames.getOrDefault(key, key);
  }

  private static boolean arabic(String name) {
    return !name.isEmpty() && Character.UnicodeBlock.of(name.charAt(0)) == Character.UnicodeBlock.ARABIC;
  }

  /** Collects entries from resources and files; later files may add places but not replace ids. */
  public static final class Builder {
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final Map<String, String> adminNames = new LinkedHashMap<>();
    /** id → extra names, and where each id was named (for the error on an unknown id). */
    private final Map<String, List<String>> aliases = new LinkedHashMap<>();
    private final Map<String, List<String>> cueAliases = new LinkedHashMap<>();
    private final Map<String, String> aliasSource = new HashMap<>();
    private final List<GazetteerEntry> fallback = new ArrayList<>();

    public Builder addDefaultLayers() {
      for (String layer : CURATED_LAYERS) {
        addResource(RESOURCE_DIR + layer);
      }
      addFallbackResource(RESOURCE_DIR + FALLBACK_LAYER);
      addCueAliases(RESOURCE_DIR + SPELLINGS);
      return addAliases(RESOURCE_DIR + ALIASES);
    }

    /**
     * A fallback layer on the classpath ({@link FallbackLayer}): its entries rank after every other
     * entry and are dropped, at {@link #build()}, where another layer has the same place.
     */
    public Builder addFallbackResource(String resource) {
      fallback.addAll(LexiconFile.withReader(resource, r -> FallbackLayer.read(r, resource)));
      return this;
    }

    /**
     * A classpath file of extra names for entries (id, aliases); they are added at {@link #build()}
     * to every entry with that id, which must exist by then.
     */
    public Builder addAliases(String resource) {
      return readAliases(resource, aliases);
    }

    /**
     * Like {@link #addAliases}, but the names are read only after a kind cue or beside their place's
     * country or governorate (the entry's cue names), as made spellings must be.
     */
    public Builder addCueAliases(String resource) {
      return readAliases(resource, cueAliases);
    }

    private Builder readAliases(String resource, Map<String, List<String>> aliases) {
      for (LexiconFile.Row row : LexiconFile.withReader(resource, r -> LexiconFile.rows(r, resource))) {
        if (row.cols().size() < 2 || row.col(0).isEmpty()) {
          throw new IllegalStateException(row.id() + ": expected id<TAB>aliases");
        }
        String id = row.col(0);
        List<String> l = aliases.computeIfAbsent(id, k -> new ArrayList<>());
        for (String a : row.col(1).split("\\|")) {
          if (!a.isBlank()) {
            l.add(a.trim());
          }
        }
        aliasSource.putIfAbsent(id, row.id());
      }
      return this;
    }

    /** A Marsad TSV layer on the classpath. */
    public Builder addResource(String resource) {
      LexiconFile.withReader(resource, r -> {
        readTsv(r, resource);
        return null;
      });
      return this;
    }

    /** A Marsad TSV layer or a GeoNames dump (told apart by the first data line). */
    public Builder addFile(Path file) {
      if (!Files.isRegularFile(file)) {
        throw new BadInputException("gazetteer file not found: " + file);
      }
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        r.mark(1 << 16);
        String first;
        do {
          first = r.readLine();
        } while (first != null && (first.startsWith("#") || first.isBlank()));
        r.reset();
        if (first != null && GeoNamesReader.looksLikeGeoNames(first)) {
          GeoNamesReader.read(r, file.toString(), entries, adminNames);
        } else {
          readTsv(r, file.toString());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer file " + file, e);
      }
      return this;
    }

    /** Adds one entry (for programmatic gazetteers and tests). */
    public Builder add(GazetteerEntry e) {
      entries.add(e);
      return this;
    }

    public Gazetteer build() {
      List<GazetteerEntry> all = entries;
      if (!fallback.isEmpty()) {
        all = new ArrayList<>(entries);
        all.addAll(FallbackLayer.withoutCurated(fallback, entries));
      }
      if (aliases.isEmpty() && cueAliases.isEmpty()) {
        return new Gazetteer(all, adminNames);
      }
      Set<String> used = new HashSet<>();
      List<GazetteerEntry> out = new ArrayList<>(all.size());
      for (GazetteerEntry e : all) {
        List<String> extra = aliases.get(e.id());
        List<String> cued = cueAliases.get(e.id());
        if (extra == null && cued == null) {
          out.add(e);
          continue;
        }
        used.add(e.id());
        Set<String> names = new LinkedHashSet<>(e.names());
        if (extra != null) {
          names.addAll(extra);
        }
        List<String> cueNames = e.cueNames();
        if (cued != null) {
          Set<String> c = new LinkedHashSet<>(cueNames);
          cued.stream().filter(names::add).forEach(c::add); // a name the entry already has keeps its reading
          cueNames = List.copyOf(c);
        }
        // An entry without an Arabic name (GeoNames often has none) is shown by its first Arabic alias.
        String nameAr = e.nameAr();
        if ((nameAr == null || nameAr.isEmpty()) && extra != null) {
          nameAr = extra.stream().filter(Gazetteer::arabic).findFirst().orElse(nameAr);
        }
        out.add(new GazetteerEntry(e.id(), e.level(), e.nameEn(), nameAr, Collections.unmodifiableList(new ArrayList<>(names)),
            e.country(), e.admin1(), e.admin2(), e.lat(), e.lon(), e.population(), e.fallback(), cueNames));
      }
      for (String id : cueAliases.keySet()) {
        if (!used.contains(id)) {
          throw new IllegalStateException(aliasSource.get(id) + ": no gazetteer entry has the id " + id);
        }
      }
      for (String id : aliases.keySet()) {
        if (!used.contains(id)) {
          throw new IllegalStateException(aliasSource.get(id) + ": no gazetteer entry has the id " + id);
        }
      }
      return new Gazetteer(out, adminNames);
    }

    private void readTsv(Reader r, String source) {
      for (LexiconFile.Row row : LexiconFile.rows(r, source)) {
        List<String> c = row.cols();
        if (c.size() < 10) {
          throw new BadInputException(row.id() + ": expected 11 tab-separated columns "
              + "(id, level, name_en, name_ar, aliases, country, admin1, admin2, lat, lon, population), got " + c.size());
        }
        try {
          entries.add(entry(c.get(0), PlaceLevel.parse(c.get(1), row.id()), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7),
              Double.parseDouble(c.get(8)), Double.parseDouble(c.get(9)),
              c.size() > 10 && !c.get(10).isEmpty() ? Long.parseLong(c.get(10)) : 0));
        } catch (NumberFormatException e) {
          throw new BadInputException(row.id() + ": bad number in lat/lon/population: " + e.getMessage());
        }
      }
    }
  }

  static GazetteerEntry entry(String id, PlaceLevel level, String en, String ar, String aliases, String cc, String a1, String a2,
      double lat, double lon, long pop) {
    Set<String> names = new LinkedHashSet<>();
    if (!ar.isEmpty()) {
      names.add(ar);
    }
    if (!en.isEmpty()) {
      names.add(en);
    }
    if (aliases != null && !aliases.isBlank()) {
      for (String a : aliases.split("\\|")) {
        if (!a.isBlank()) {
          names.add(a.trim());
        }
      }
    }
    return new GazetteerEntry(id.intern(), level, en, ar, Collections.unmodifiableList(new ArrayList<>(names)),
        cc.intern(), a1.intern(), a2.intern(), lat, lon, pop);
  }
}
