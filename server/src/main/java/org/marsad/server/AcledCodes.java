package org.marsad.server;

import java.util.Locale;
import org.marsad.model.Event;

/** ACLED's event_type / sub_event_type for a codebook event (CODEBOOK.md, "Event types"). */
final class AcledCodes {
  private AcledCodes() {}

  record Codes(String eventType, String subEventType) {}

  static Codes of(Event e) {
    return switch (e.type()) {
      case ARREST -> new Codes("Strategic developments", "Arrests");
      case PROTEST -> new Codes("Protests", "Peaceful protest");
      case AGREEMENT -> new Codes("Strategic developments", "Agreement");
      case CONTROL_CHANGE -> new Codes("Strategic developments", "Non-violent transfer of territory");
      case HUMANITARIAN_CONDITION -> new Codes("", ""); // a context indicator: ACLED has no type for it
      case ATTACK -> attack(e);
      default -> new Codes("Strategic developments", "Other");
    };
  }

  private static Codes attack(Event e) {
    Object st = e.attributes().get("subtype");
    String s = st == null ? "" : st.toString().toLowerCase(Locale.ROOT);
    if (s.contains("air") || s.contains("drone")) {
      return new Codes("Explosions/Remote violence", "Air/drone strike");
    }
    if (s.contains("shell") || s.contains("artillery") || s.contains("missile") || s.contains("rocket")) {
      return new Codes("Explosions/Remote violence", "Shelling/artillery/missile attack");
    }
    if (s.contains("explos") || s.contains("bomb") || s.contains("ied")) {
      return new Codes("Explosions/Remote violence", "Remote explosive/landmine/IED");
    }
    if (s.contains("assassin") || s.contains("civilian")) {
      return new Codes("Violence against civilians", "Attack");
    }
    return new Codes("Battles", "Armed clash");
  }
}
