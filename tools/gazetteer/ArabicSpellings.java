// Arabic spellings of a Latin place name, for GeoNames rows that have no Arabic-script name (see GeoNamesLayer).
// Arabic news writes a foreign town the way it sounds, with long vowels for every vowel: Suruç is "سوروتش" or
// "سوروج", Djibo "جيبو", Kismayo "كيسمايو", Bakhmut "باخموت". The rules below are that convention, letter by
// letter, with Turkish letters read the Turkish way (c = ج, ç = تش/ج, ş = ش, ğ silent, ı = ي). They guess:
// the layer marks every spelling made here as a cue name, read only after "مدينة/بلدة/قرية X" or beside its
// country ("X في بوركينا فاسو"), never alone.

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

final class ArabicSpellings {
  /** Spellings made per name at most: the plain reading and one with the common alternatives. */
  static final int MAX = 2;

  private ArabicSpellings() {}

  /**
   * The Arabic spellings of a Latin name (at most {@link #MAX}), or none when it holds a letter these rules do not
   * read. {@code turkish} selects Turkish letter values.
   */
  static List<String> of(String latin, boolean turkish) {
    String s = turkish ? latin.replace('I', 'ı').replace('İ', 'i') : latin;
    s = s.toLowerCase(Locale.ROOT).replaceAll("['`‘’ʼʻ]", "").replace('-', ' ').trim();
    // keep the Turkish letters, drop every other accent (é → e, ā → a)
    StringBuilder plain = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if ("çşğıöü".indexOf(ch) >= 0) {
        plain.append(ch);
      } else {
        plain.append(Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (boolean alt : new boolean[] {false, true}) {
      List<String> words = new ArrayList<>();
      for (String w : plain.toString().split(" +")) {
        String a = word(w, turkish, alt);
        if (a == null) {
          return List.of();
        }
        words.add(a);
      }
      out.add(String.join(" ", words));
    }
    return new ArrayList<>(out).subList(0, Math.min(MAX, out.size()));
  }

  /** One word; {@code alt} picks the second reading where two are common (ç = ج, final e = ه, c before e/i = س). */
  static String word(String w, boolean turkish, boolean alt) {
    StringBuilder b = new StringBuilder();
    int n = w.length();
    char prev = 0;
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      char next = i + 1 < n ? w.charAt(i + 1) : 0;
      boolean first = i == 0;
      boolean last = i == n - 1;
      if (c == prev && "aeiouıöü".indexOf(c) < 0) {
        continue; // a doubled consonant is written once
      }
      prev = c;
      String two = i + 1 < n ? w.substring(i, i + 2) : "";
      String three = i + 2 < n ? w.substring(i, i + 3) : "";
      if (!turkish && three.equals("tch")) {
        b.append("تش");
        i += 2;
        continue;
      }
      String digraph = turkish ? null : switch (two) {
        case "sh" -> "ش";
        case "kh" -> "خ";
        case "gh" -> "غ";
        case "ch" -> "تش";
        case "dj", "dzh", "zh" -> "ج";
        case "th" -> "ت";
        case "ph" -> "ف";
        case "ou" -> first ? "او" : "و";
        case "ck" -> "ك";
        default -> null;
      };
      if (digraph != null) {
        b.append(digraph);
        i++;
        prev = w.charAt(i);
        continue;
      }
      if (c == 'y' && i > 0 && (w.charAt(i - 1) == 'i' || w.charAt(i - 1) == 'e') && next != 0 && "aeiouıöü".indexOf(next) < 0) {
        continue; // "ey", "iy" before a consonant are one long vowel: Reyhanlı "ريهانلي", Diyarbakır not "دييار"
      }
      String v = switch (c) {
        case 'a' -> "ا";
        case 'e' -> first ? "ا" : last && alt ? "ه" : "ي";
        case 'i', 'ı' -> first ? "اي" : "ي";
        case 'o', 'u', 'ö', 'ü' -> first ? "او" : "و";
        case 'y' -> "ي";
        case 'b', 'p' -> "ب";
        case 'c' -> turkish ? "ج" : alt && (next == 'e' || next == 'i') ? "س" : "ك";
        case 'ç' -> alt ? "ج" : "تش";
        case 'd' -> "د";
        case 'f', 'v' -> "ف";
        case 'g' -> "غ";
        case 'ğ' -> "";
        case 'h' -> "ه";
        case 'j' -> "ج";
        case 'k' -> "ك";
        case 'l' -> "ل";
        case 'm' -> "م";
        case 'n' -> "ن";
        case 'q' -> "ق";
        case 'r' -> "ر";
        case 's' -> "س";
        case 'ş' -> "ش";
        case 't' -> "ت";
        case 'w' -> "و";
        case 'x' -> "كس";
        case 'z' -> "ز";
        default -> null;
      };
      if (v == null) {
        return null;
      }
      b.append(v);
    }
    return b.length() == 0 ? null : b.toString();
  }
}
