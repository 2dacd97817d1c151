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
  DISPLACEMENT
}
