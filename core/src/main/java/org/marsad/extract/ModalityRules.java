package org.marsad.extract;

import java.util.List;
import java.util.Map;
import org.marsad.lexicon.PhraseMatcher;
import org.marsad.lexicon.PhraseMatcher.Match;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Modality;

/**
 * How an act is told: asserted, or feared, threatened, planned, demanded or denied by the nearest
 * modality cue before its trigger within the settings' windows; a denial further back still governs it
 * when only the denier, a time or a bridge word stands between ({@link #deniedAcross}).
 */
final class ModalityRules {
  private static final List<Map.Entry<CueClass, Modality>> MODALITY_CUES = List.of(
      Map.entry(CueClass.MOD_FEARED, Modality.FEARED), Map.entry(CueClass.MOD_THREATENED, Modality.THREATENED),
      Map.entry(CueClass.MOD_PLANNED, Modality.PLANNED), Map.entry(CueClass.MOD_DEMANDED, Modality.DEMANDED),
      Map.entry(CueClass.MOD_DENIED, Modality.DENIED));

  private final ExtractSettings settings;

  ModalityRules(ExtractSettings settings) {
    this.settings = settings;
  }

  /** The modality of the act whose trigger starts at word {@code f}. */
  Modality of(Mentions m, int f, EventType type, List<Match<Lexicons.ActorEntry>> actors, List<At<EventDate>> times) {
    Modality modality = cued(m, f, type);
    if (modality == Modality.ASSERTED && type != EventType.THREAT && type != EventType.DEMAND && deniedAcross(m, f, actors, times)) {
      return Modality.DENIED;
    }
    return modality;
  }

  /**
   * An asserted act followed at once by a word naming it as coming ("الاجتماع المقبل") or dated ("on") after
   * the report's day ("يعقد الاجتماع غدا") is planned; a since-time runs up to the report and says nothing.
   */
  static Modality coming(Mentions m, int f, int e, Modality modality, EventDate date, java.time.LocalDate published) {
    if (modality != Modality.ASSERTED) {
      return modality;
    }
    boolean after = date != null && date.range() != null && published != null && !date.since()
        && date.range().start().isAfter(published);
    return after || m.cueIn(CueClass.COMING, e, e + 1, f) != null ? Modality.PLANNED : modality;
  }

  /**
   * Whether a danger is voiced between words [from, to) ("warned that the region was at risk of being
   * cut off"): the act after it is feared, so the warning before it threatens no force.
   */
  static boolean dangerBetween(Mentions m, int from, int to, int anchor) {
    return from < to && m.cueIn(CueClass.MOD_FEARED, from, to, anchor) != null;
  }

  private Modality cued(Mentions m, int f, EventType type) {
    if (type == EventType.THREAT || type == EventType.DEMAND) {
      return Modality.ASSERTED; // the threat or demand itself is what is asserted
    }
    if (f > 0 && NEGATION.contains(m.tokens.get(f - 1).text())) {
      return Modality.DENIED; // "لا يحاصرون المدنيين": a present verb negated at once ("لا تزال" negates no act)
    }
    Modality best = Modality.ASSERTED;
    int bestDist = Integer.MAX_VALUE;
    for (Map.Entry<CueClass, Modality> c : MODALITY_CUES) {
      int window = c.getKey() == CueClass.MOD_DENIED ? settings.denialWindow() : settings.modalityWindow();
      PhraseMatcher.Match<Lexicons.Cue> cue = m.cueIn(c.getKey(), f - window, f, f);
      if (cue == null && c.getKey() != CueClass.MOD_DENIED) {
        cue = governingClause(m, c.getKey(), f, window);
      }
      if (cue != null && !m.barrierBetween(cue.firstToken(), f) && f - cue.endToken() < bestDist) {
        best = c.getValue();
        bestDist = f - cue.endToken();
      }
    }
    return best;
  }

  /**
   * A modality cue further back than the window whose complement clause holds the trigger: "مخاوف
   * الأهالي من أن يعمد التنظيم إلى فرض حصار" (a clause opener at most three words after the cue, the
   * trigger at most a window after the opener).
   */
  private static PhraseMatcher.Match<Lexicons.Cue> governingClause(Mentions m, CueClass cls, int f, int window) {
    PhraseMatcher.Match<Lexicons.Cue> opener = m.cueIn(CueClass.COMPLEMENT, f - window, f, f);
    if (opener == null) {
      return null;
    }
    PhraseMatcher.Match<Lexicons.Cue> cue = m.cueIn(cls, opener.firstToken() - 3, opener.firstToken(), f);
    return cue != null && cue.endToken() <= opener.firstToken() ? cue : null;
  }

  /** Arabic "not" of a present verb, right before the act's words. */
  private static final java.util.Set<String> NEGATION = java.util.Set.of("لا", "ولا");

  /** How far before its trigger a denial reaches when only its bridge stands between ({@link #deniedAcross}). */
  private static final int DENIAL_REACH = 10;

  /**
   * Whether a denial further back than the denial window governs the trigger: every word between
   * them is the denier (an actor), a time, or a bridge word (a verbal noun, a complementiser:
   * "نفت جماعة أنصار الله فرض أي حصار", "denied that it was blocking food"); or the trigger is the
   * denial verb itself, a bridge word right after it.
   */
  private static boolean deniedAcross(Mentions m, int f, List<Match<Lexicons.ActorEntry>> actors, List<At<EventDate>> times) {
    PhraseMatcher.Match<Lexicons.Cue> own = m.cueIn(CueClass.MOD_DENIED, f, f + 1, f);
    if (own != null && m.cueIn(CueClass.DENIAL_BRIDGE, own.endToken(), own.endToken() + 1, f) != null) {
      return true; // "denied that it was blocking food": a frame read on the denial verb itself
    }
    PhraseMatcher.Match<Lexicons.Cue> cue = m.cueIn(CueClass.MOD_DENIED, f - DENIAL_REACH, f, f);
    if (cue == null || m.barrierBetween(cue.firstToken(), f)) {
      return false;
    }
    boolean[] covered = new boolean[f - cue.endToken()];
    for (Match<Lexicons.ActorEntry> a : actors) {
      mark(covered, cue.endToken(), a.firstToken(), a.endToken());
    }
    for (At<EventDate> t : times) {
      mark(covered, cue.endToken(), t.first(), t.end());
    }
    for (PhraseMatcher.Match<Lexicons.Cue> b : m.cues(CueClass.DENIAL_BRIDGE)) {
      mark(covered, cue.endToken(), b.firstToken(), b.endToken());
    }
    // a clause the denial opens ("denied that Addis Ababa was blocking aid") may name its subject in a
    // short name no actor list holds: a place standing for its government
    int free = m.cueIn(CueClass.COMPLEMENT, cue.endToken(), cue.endToken() + 1, f) != null ? CLAUSE_SUBJECT : 0;
    for (boolean c : covered) {
      if (!c && free-- <= 0) {
        return false;
      }
    }
    return true;
  }

  /** Words of a denied clause's subject that need not be an actor or a bridge word ({@link #deniedAcross}). */
  private static final int CLAUSE_SUBJECT = 2;

  private static void mark(boolean[] covered, int from, int first, int end) {
    for (int i = Math.max(first, from); i < Math.min(end, from + covered.length); i++) {
      covered[i - from] = true;
    }
  }
}
