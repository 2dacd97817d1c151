package org.marsad.geocode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.geocode.PlaceCues.Cue;
import org.marsad.geocode.PlaceNames.Name;
import org.marsad.lexicon.PhraseMatcher.Match;

/** A recognised name before resolution: recognition fills it, resolution chooses its reading. */
final class Candidate {
  Match<Name> match;
  int start;
  int end;
  int paragraph;
  Set<Cue> cuesBefore = EnumSet.noneOf(Cue.class);
  boolean suffix;
  Cue kind; // the kind cue right before the name, if any
  double bearing = Double.NaN; // "20 كم شمال X", "ريف X الشرقي": where from X the place lies
  double offsetKm;
  int sideEnd; // the end of "الشرقي" in "ريف X الشرقي", which the span takes when the side is used
  List<GazetteerEntry> readings;
  GazetteerEntry chosen;
  boolean strong;
  boolean based; // "the Britain-based group", "based in the UK": where a body is based, no context for the report's acts
  List<GazetteerEntry> needLocator = List.of(); // readings kept only beside their governorate or country
}
