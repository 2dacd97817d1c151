package org.marsad.fuse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.clean.ArabicNormalizer;
import org.marsad.clean.Token;
import org.marsad.clean.Tokenizer;

/**
 * Finds near-duplicate report texts (syndicated copies, re-posts with a changed headline or
 * footer): word shingles over normalised tokens, MinHash signatures, and LSH bands to find
 * candidate pairs without comparing every pair. Pure Java, deterministic (fixed seeds).
 *
 * <p>The defaults (3-word shingles, 128 hashes in 32 bands of 4, threshold 0.6) put two copies
 * of a news report that share most paragraphs in one group, and keep apart two different
 * reports about the same siege, which share names and phrases but few 3-word runs.
 */
public final class NearDuplicates {
  private final int shingleWords;
  private final int hashes;
  private final int bands;
  private final double threshold;
  private final long[] seeds;

  public NearDuplicates(int shingleWords, int hashes, int bands, double threshold) {
    if (shingleWords < 1 || hashes < 1 || bands < 1 || hashes % bands != 0) {
      throw new IllegalArgumentException("bad MinHash settings: shingle " + shingleWords + ", hashes " + hashes + ", bands " + bands);
    }
    this.shingleWords = shingleWords;
    this.hashes = hashes;
    this.bands = bands;
    this.threshold = threshold;
    this.seeds = new long[hashes];
    long s = 0x6D61727361644C31L; // fixed: signatures must be comparable across runs and machines
    for (int i = 0; i < hashes; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
  }

  /**
   * A short copy whose lead was rewritten (a new first paragraph, "اليوم" made "أمس") falls below the
   * Jaccard threshold although nearly all of it is in the other text: pairs whose estimated
   * similarity reaches {@link #CONTAINMENT_FLOOR} are copies when {@link #CONTAINMENT} of the
   * smaller text's shingles are in the larger one (exact, from the texts).
   */
  public static final double CONTAINMENT_FLOOR = 0.3;

  /** The share of the smaller text's shingles found in the larger that makes it a copy. */
  public static final double CONTAINMENT = 0.75;

  /** A copy by containment is at most this many times the other's size (a new lead, not a roundup). */
  public static final int MAX_SIZE_RATIO = 2;

  public static NearDuplicates defaults() {
    return new NearDuplicates(3, 128, 32, 0.6);
  }

  public double threshold() {
    return threshold;
  }

  /** The text's word shingles: runs of {@code shingleWords} normalised tokens (the whole text if shorter). */
  public Set<String> shingles(String text) {
    List<Token> tokens = Tokenizer.tokenize(ArabicNormalizer.fold(text == null ? "" : text));
    Set<String> out = new LinkedHashSet<>();
    if (tokens.isEmpty()) {
      return out;
    }
    int k = Math.min(shingleWords, tokens.size());
    for (int i = 0; i + k <= tokens.size(); i++) {
      StringBuilder b = new StringBuilder();
      for (int j = i; j < i + k; j++) {
        if (j > i) {
          b.append(' ');
        }
        b.append(tokens.get(j).text());
      }
      out.add(b.toString());
    }
    return out;
  }

  /** Exact Jaccard similarity of two texts' shingle sets (0 when either has none). */
  public double jaccard(String a, String b) {
    Set<String> x = shingles(a);
    Set<String> y = shingles(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (String s : x) {
      if (y.contains(s)) {
        inter++;
      }
    }
    return inter / (double) (x.size() + y.size() - inter);
  }

  /** The share of the smaller text's shingles that the other text holds (0 when either has none). */
  public double containment(String a, String b) {
    return contained(shingles(a), shingles(b));
  }

  private static double contained(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> small = x.size() <= y.size() ? x : y;
    Set<String> large = small == x ? y : x;
    int inter = 0;
    for (String s : small) {
      if (large.contains(s)) {
        inter++;
      }
    }
    return inter / (double) small.size();
  }

  /**
   * Whether two reports are copies: their signatures' estimated similarity reaches the threshold,
   * or it reaches {@link #CONTAINMENT_FLOOR} and the smaller text is contained in the other (texts
   * read only then, so a store reads them for borderline candidate pairs only).
   */
  public boolean copies(long[] a, long[] b, java.util.function.Supplier<String> textA, java.util.function.Supplier<String> textB) {
    double sim = similarity(a, b);
    if (sim >= threshold) {
      return true;
    }
    if (sim < CONTAINMENT_FLOOR) {
      return false;
    }
    Set<String> x = shingles(textA.get());
    Set<String> y = shingles(textB.get());
    // a roundup that quotes two agencies' items is a copy of neither: it would join them into one source
    if (Math.min(x.size(), y.size()) * MAX_SIZE_RATIO < Math.max(x.size(), y.size())) {
      return false;
    }
    return contained(x, y) >= CONTAINMENT;
  }

  /** The MinHash signature of a text; an empty text gives a signature that matches nothing. */
  public long[] signature(String text) {
    long[] sig = new long[hashes];
    Arrays.fill(sig, Long.MAX_VALUE);
    Set<String> sh = shingles(text);
    if (sh.isEmpty()) {
      return sig;
    }
    for (String s : sh) {
      long base = fnv1a(s);
      for (int i = 0; i < hashes; i++) {
        long h = mix(base ^ seeds[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The estimated Jaccard similarity of two signatures: the share of equal positions. */
  public double similarity(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures of different lengths: " + a.length + " and " + b.length);
    }
    int eq = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
        eq++;
      }
    }
    return eq / (double) a.length;
  }

  /**
   * One key per LSH band: two texts whose signatures share any band key are candidate
   * duplicates. A store can index these keys to find a new report's copies without a scan.
   */
  public long[] bandKeys(long[] sig) {
    int rows = hashes / bands;
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = 0x84222325CBF29CE4L ^ b;
      for (int r = 0; r < rows; r++) {
        h = mix(h ^ sig[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /**
   * Groups texts by near-duplication: report id → group id, where the group id is the smallest
   * report id of its group (so the result does not depend on the map's order). Texts in no
   * group map to themselves. Copies of copies join one group.
   */
  public Map<String, String> groups(Map<String, String> textsById) {
    Map<String, long[]> sigs = new TreeMap<>();
    textsById.forEach((id, text) -> sigs.put(id, signature(text)));
    return groupsOfSignatures(sigs, textsById);
  }

  /**
   * As {@link #groups}, from signatures computed earlier (in parallel, or stored), without the
   * texts: by estimated similarity alone (a copy with a rewritten lead is not found).
   */
  public Map<String, String> groupsOfSignatures(Map<String, long[]> signaturesById) {
    return groupsOfSignatures(signaturesById, null);
  }

  /**
   * As {@link #groups}, from signatures computed earlier, with the texts for borderline pairs
   * ({@link #copies}); {@code texts} null: by estimated similarity alone.
   */
  public Map<String, String> groupsOfSignatures(Map<String, long[]> signaturesById, Map<String, String> texts) {
    List<String> ids = new ArrayList<>(new TreeMap<>(signaturesById).keySet());
    List<long[]> sigs = new ArrayList<>(ids.size());
    for (String id : ids) {
      sigs.add(signaturesById.get(id));
    }
    int[] parent = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (sigs.get(i)[0] == Long.MAX_VALUE) {
        continue; // empty text
      }
      long[] keys = bandKeys(sigs.get(i));
      for (int b = 0; b < keys.length; b++) {
        List<Integer> bucket = buckets.computeIfAbsent(keys[b] * 31 + b, k -> new ArrayList<>());
        for (int j : bucket) {
          String ta = ids.get(i);
          String tb = ids.get(j);
          if (find(parent, i) != find(parent, j) && (texts == null ? similarity(sigs.get(i), sigs.get(j)) >= threshold
              : copies(sigs.get(i), sigs.get(j), () -> texts.get(ta), () -> texts.get(tb)))) {
            union(parent, i, j);
          }
        }
        bucket.add(i);
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      out.put(ids.get(i), ids.get(find(parent, i)));
    }
    return out;
  }

  /** The root of {@code i} in a union-find forest, halving the path as it goes. */
  public static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Union keeping the smaller index as root: the root is the group's smallest id. */
  private static void union(int[] parent, int i, int j) {
    int a = find(parent, i);
    int b = find(parent, j);
    if (a < b) {
      parent[b] = a;
    } else if (b < a) {
      parent[a] = b;
    }
  }

  private static long fnv1a(String s) {
    long h = 0xCBF29CE484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001B3L;
    }
    return h;
  }

  /** SplitMix64's finaliser: a cheap, well-mixed 64-bit permutation. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
