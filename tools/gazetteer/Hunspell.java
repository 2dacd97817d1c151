// The spelling dictionaries the GeoNames layer asks whether a name is a word (Debian's hunspell with hunspell-ar,
// Ayaspell, and hunspell-en-us), and the forms it asks them about. Only their yes/no answers reach the layer.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

final class Hunspell {
  private Hunspell() {}

  /**
   * The words a made spelling (written without hamza or case ending) may be: itself, with an initial hamza, and
   * without a final alif ("انكارا", Ankara, is "إنكارًا", a denial).
   */
  static List<String> wordForms(String made) {
    List<String> stems = new ArrayList<>(List.of(made));
    if (made.endsWith("ا") && made.length() > 2) {
      stems.add(made.substring(0, made.length() - 1));
    }
    List<String> out = new ArrayList<>(stems);
    for (String st : stems) {
      if (st.startsWith("ا")) {
        out.add("أ" + st.substring(1));
        out.add("إ" + st.substring(1));
      }
    }
    return out;
  }

  /** Persian and Urdu letters as the Arabic ones they fold to (ی ے → ي, ک → ك, ۀ → ة). */
  static String arabicLetters(String n) {
    return n.replace('ی', 'ي').replace('ے', 'ي').replace('ک', 'ك').replace('ۀ', 'ة');
  }

  /** The words a hunspell dictionary (Debian's hunspell-ar Ayaspell, hunspell-en-us) does not know. */
  static Set<String> unknown(Set<String> words, String dict) throws IOException {
    Process p = new ProcessBuilder("hunspell", "-d", dict, "-l", "-i", "UTF-8").redirectErrorStream(false).start();
    Thread feed = new Thread(() -> {
      try (PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8))) {
        words.forEach(w::println);
      }
    });
    feed.start();
    Set<String> unknown = new java.util.HashSet<>();
    try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      r.lines().forEach(unknown::add);
    }
    try {
      feed.join();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("hunspell -d " + dict + " failed: install Debian's hunspell, hunspell-ar and hunspell-en-us");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return unknown;
  }
}
