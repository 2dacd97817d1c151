package org.marsad.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.lexicon.LexiconFile;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.model.EventType;

/**
 * Event frames (marsad/extract/frames.tsv): a predicate word class followed in its clause by the
 * argument classes it needs, so that any synonym of "prevent" combines with any word for "bringing
 * in" and any word for goods. A frame found becomes a trigger on its predicate's words; the lexicon
 * triggers lying on its predicate or its arguments give way to it (one reading of one phrase).
 */
final class Frames {
  /** One line of frames.tsv: the classes in text order, each at most {@code window} words after the last. */
  record Frame(EventType type, Map<String, Object> attrs, List<String> classes, int window, String ruleId) {}

  /** A frame found: its trigger (the predicate's words) and its arguments' words, [first, end) pairs. */
  record Hit(Match<Lexicons.Trigger> trigger, List<int[]> args) {
    int first() {
      return trigger.firstToken();
    }

    /** Whether words [first, end) overlap the predicate or an argument. */
    boolean reads(int first, int end) {
      if (first < trigger.endToken() && end > trigger.firstToken()) {
        return true;
      }
      for (int[] a : args) {
        if (first < a[1] && end > a[0]) {
          return true;
        }
      }
      return false;
    }

    int end() {
      return args.get(args.size() - 1)[1];
    }
  }

  private final List<Frame> frames;

  private Frames(List<Frame> frames) {
    this.frames = List.copyOf(frames);
  }

  /** The frames of frames.tsv's rows; every slot must name one of {@code classes}, else the line is named. */
  static Frames load(List<LexiconFile.Row> rows, java.util.Set<String> known) {
    List<Frame> out = new ArrayList<>();
    for (LexiconFile.Row r : rows) {
      EventType type = Lexicons.type(r, r.col(0));
      Map<String, Object> attrs = new LinkedHashMap<>();
      Lexicons.pairs(r.col(1), r).forEach((k, v) -> attrs.put(k, k.equals("items") ? List.of(v.split(",")) : v));
      List<String> classes = List.of(r.col(2).trim().split("\\s+"));
      if (classes.size() < 2) {
        throw new IllegalStateException(r.id() + ": a frame needs a predicate class and at least one argument class");
      }
      for (String slot : classes) {
        ClassNames.slot(r.id(), slot, known);
      }
      int window;
      try {
        window = Integer.parseInt(r.col(3).trim());
      } catch (NumberFormatException e) {
        throw new IllegalStateException(r.id() + ": the window must be a number of words, got \"" + r.col(3) + "\"", e);
      }
      out.add(new Frame(type, attrs, classes, window, r.id()));
    }
    return new Frames(out);
  }

  /**
   * The frames found in the report, one per predicate position (the one reading most classes). A
   * word inside an actor's name is no argument: "حركة" in "حركة حماس" names a movement, not people's
   * movement.
   */
  List<Hit> find(Mentions m, List<Match<Lexicons.ActorEntry>> actors) {
    Map<Integer, Hit> best = new LinkedHashMap<>();
    Map<Integer, Integer> bestSize = new LinkedHashMap<>();
    for (Frame fr : frames) {
      for (Match<Lexicons.Cue> pred : predicates(m, fr.classes().get(0))) {
        List<int[]> args = read(m, fr, pred, actors);
        if (args == null) {
          continue;
        }
        int f = pred.firstToken();
        Integer size = bestSize.get(f);
        if (size == null || fr.classes().size() > size) {
          Lexicons.Trigger t = new Lexicons.Trigger(fr.type(), fr.attrs(), null, EnumSet.noneOf(EventType.class), false,
              false, false, fr.ruleId(), args.get(args.size() - 1)[1]);
          best.put(f, new Hit(new Match<>(f, pred.endToken(), pred.start(), pred.end(), t), args));
          bestSize.put(f, fr.classes().size());
        }
      }
    }
    List<Hit> sorted = new ArrayList<>(best.values());
    sorted.sort(Comparator.comparingInt(Hit::first));
    // "شاحنات الوقود والطحين ... توقفت": each goods word starts the same reading; the first one tells it
    List<Hit> out = new ArrayList<>(sorted.size());
    for (Hit h : sorted) {
      if (out.isEmpty() || out.get(out.size() - 1).end() != h.end()
          || out.get(out.size() - 1).trigger().value().type() != h.trigger().value().type()) {
        out.add(h);
      }
    }
    return out;
  }

  /** The cues of the predicate slot's classes ("PHASE_LIFTED|P_END"), in word order. */
  private static List<Match<Lexicons.Cue>> predicates(Mentions m, String slot) {
    if (slot.indexOf('|') < 0) {
      return m.cues(slot);
    }
    List<Match<Lexicons.Cue>> out = new ArrayList<>();
    for (String cls : slot.split("\\|")) {
      out.addAll(m.cues(cls));
    }
    out.sort(Comparator.comparingInt(Match::firstToken));
    return out;
  }

  /** The words of the frame's arguments read after {@code pred}, or null when one is missing. */
  private static List<int[]> read(Mentions m, Frame fr, Match<Lexicons.Cue> pred, List<Match<Lexicons.ActorEntry>> actors) {
    int at = pred.endToken();
    int f = pred.firstToken();
    if (saying(m, fr, pred)) {
      return null;
    }
    List<int[]> args = new ArrayList<>(fr.classes().size() - 1);
    for (int k = 1; k < fr.classes().size(); k++) {
      Match<Lexicons.Cue> arg = first(m, fr.classes().get(k), at, at + fr.window(), f, actors);
      if (arg == null || m.barrierBetween(f, arg.firstToken())
          || fr.type() == EventType.THREAT && ModalityRules.dangerBetween(m, at, arg.firstToken(), f)) {
        return null;
      }
      args.add(new int[] {arg.firstToken(), arg.endToken()});
      at = arg.endToken();
    }
    return args;
  }

  /**
   * Whether a denial's predicate opens a clause ("denied that Addis Ababa was blocking aid"): it is a verb of
   * saying, and what the clause tells is the clause's own act, denied, not a denial of supplies.
   */
  private static boolean saying(Mentions m, Frame fr, Match<Lexicons.Cue> pred) {
    Match<Lexicons.Cue> deny = m.cueIn(CueClass.DENY_THAT, pred.firstToken(), pred.endToken() + 1, pred.firstToken());
    return deny != null && deny.firstToken() == pred.firstToken();
  }

  /**
   * The first cue of the slot's classes ("ITEM|A_GOODS": either) starting in words [from, to] of the
   * sentence of {@code anchor}; the cue lists are in word order, so each is searched from {@code from}.
   */
  private static Match<Lexicons.Cue> first(Mentions m, String slot, int from, int to, int anchor,
      List<Match<Lexicons.ActorEntry>> actors) {
    Match<Lexicons.Cue> best = null;
    for (String cls : slot.split("\\|")) {
      List<Match<Lexicons.Cue>> list = m.cues(cls);
      for (int i = At.firstAt(list, Match::firstToken, from); i < list.size() && list.get(i).firstToken() <= to; i++) {
        Match<Lexicons.Cue> c = list.get(i);
        if (!NAMES_FORCES.contains(cls) && insideActor(actors, c)) {
          continue;
        }
        if (m.sameSentence(c.firstToken(), anchor) && (best == null || c.firstToken() < best.firstToken())) {
          best = c;
        }
        break;
      }
    }
    return best;
  }

  /**
   * Whether an argument of the frame is a word of a lexicon trigger of another type that starts between the
   * frame's words: "أطلق المبعوث مبادرة لوقف إطلاق النار" — the fire is the ceasefire's, not the launching
   * verb's object.
   */
  private static boolean argumentOfAnother(List<Match<Lexicons.Trigger>> triggers, Hit h) {
    int from = At.firstAt(triggers, Match::firstToken, h.trigger().endToken());
    for (int i = from; i < triggers.size() && triggers.get(i).firstToken() < h.end(); i++) {
      Match<Lexicons.Trigger> t = triggers.get(i);
      if (t.value().type() == null || t.value().type() == h.trigger().value().type() || t.value().requires() != null
          || h.reads(t.firstToken(), t.firstToken() + 1)) {
        // a blocked phrase, one of the frame's own type ("رفض السماح بدخول المساعدات"), one that stands only with
        // a cue ("سمحت بإدخال المواد": the frame's words are its reading), or one on the frame's words
        continue;
      }
      for (int[] a : h.args()) {
        if (t.firstToken() < a[0] && t.endToken() > a[0]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Argument classes that name forces or officials: these may well be a word of an actor's name ("طرد قوات
   * النظام", "جمع الرئيس الفرنسي بولي العهد السعودي").
   */
  private static final java.util.Set<String> NAMES_FORCES = java.util.Set.of("A_ARMED", "COMBATANT", "A_PARTY", "A_PAIR", "COUNTERPART");

  /** Whether the cue's words lie inside an actor's name (the actors are in word order, names short). */
  private static boolean insideActor(List<Match<Lexicons.ActorEntry>> actors, Match<Lexicons.Cue> c) {
    int i = At.firstAt(actors, Match::firstToken, c.firstToken() - 8);
    for (; i < actors.size() && actors.get(i).firstToken() <= c.firstToken(); i++) {
      if (actors.get(i).endToken() >= c.endToken() && actors.get(i).endToken() - actors.get(i).firstToken() > c.endToken() - c.firstToken()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The lexicon triggers with the frames put in: a trigger on a frame's predicate or argument words
   * gives way to the frame; words between them (the subject, a time, another act) keep their own
   * reading. Both lists and the result are in word order.
   */
  static List<Match<Lexicons.Trigger>> combine(List<Match<Lexicons.Trigger>> triggers, List<Hit> given) {
    if (given.isEmpty()) {
      return triggers;
    }
    List<Hit> hits = new ArrayList<>(given);
    hits.removeIf(h -> argumentOfAnother(triggers, h));
    List<Match<Lexicons.Trigger>> out = new ArrayList<>(triggers.size() + hits.size());
    for (Match<Lexicons.Trigger> t : triggers) {
      boolean covered = false;
      for (Hit h : hits) {
        if (h.first() >= t.endToken()) {
          break;
        }
        covered |= h.end() > t.firstToken() && h.reads(t.firstToken(), t.endToken());
      }
      if (!covered) {
        out.add(t);
      }
    }
    for (Hit h : hits) {
      out.add(h.trigger());
    }
    out.sort(Comparator.comparingInt(Match::firstToken));
    return out;
  }
}
