package org.marsad.eval.external;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.marsad.model.EventType;

/**
 * PLOVER's event categories and the codebook types each maps to (CODEBOOK.md, "PLOVER mapping").
 * A category with no codebook type is unmodelled: Marsad should report nothing on it.
 */
public enum PloverCategory {
  ASSAULT(EventType.ATTACK, EventType.ARREST), // ARREST: combatants captured in fighting are ASSAULT/abduct
  FIGHT(EventType.ATTACK, EventType.CONTROL_CHANGE),
  PROTEST(EventType.PROTEST),
  THREATEN(EventType.THREAT),
  DEMAND(EventType.DEMAND),
  AGREE(EventType.AGREEMENT),
  MOBILIZE(EventType.MILITARY_BUILDUP),
  CONSULT(EventType.NEGOTIATION),
  COERCE(EventType.SIEGE, EventType.MOVEMENT_RESTRICTION, EventType.SUPPLY_DENIAL, EventType.ARREST,
      EventType.DISPLACEMENT),
  RETREAT(EventType.CONTROL_CHANGE),
  SANCTION,
  SUPPORT,
  AID,
  COOPERATE,
  INVESTIGATE,
  DISAPPROVE,
  REJECT,
  CONCEDE;

  private final Set<EventType> mapped;

  PloverCategory(EventType... mapped) {
    this.mapped = mapped.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(mapped[0], mapped));
  }

  /** The codebook types that count as finding this category; empty when the codebook does not model it. */
  public Set<EventType> mapped() {
    return mapped;
  }

  public boolean modelled() {
    return !mapped.isEmpty();
  }

  /** The category of a PLOVER "event" value; empty for anything else (e.g. the file's DOCUMENT records). */
  public static Optional<PloverCategory> of(String name) {
    try {
      return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
