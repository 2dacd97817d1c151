package org.marsad.eval;

import org.marsad.eval.gold.GoldEvent;
import org.marsad.model.Event;

/** A gold event and the predicted event assigned to it, with each attribute's verdict. */
public record MatchedPair(
    GoldEvent gold, Event predicted, boolean dateOk, boolean placeOk, boolean actor1Ok, boolean modalityOk) {}
