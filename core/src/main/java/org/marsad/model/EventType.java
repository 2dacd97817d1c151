package org.marsad.model;

/** The codebook's event types (CODEBOOK.md, "Event types"). */
public enum EventType {
  SIEGE,
  MOVEMENT_RESTRICTION,
  SUPPLY_DENIAL,
  HUMANITARIAN_CONDITION,
  ARREST,
  PROTEST,
  DEMAND,
  THREAT,
  MILITARY_BUILDUP,
  ATTACK,
  NEGOTIATION,
  AGREEMENT,
  CONTROL_CHANGE,
  DISPLACEMENT;

  /**
   * Whether the type is a lasting condition of a place (a siege, a closure, a shortage) rather than
   * an act: a report describes one such condition however far apart it mentions it.
   */
  public boolean isCondition() {
    return this == SIEGE || this == MOVEMENT_RESTRICTION || this == SUPPLY_DENIAL || this == HUMANITARIAN_CONDITION;
  }
}
