package org.marsad.eval;

/** Attribute accuracies over matched event pairs (CODEBOOK.md, "Matching for scores"). */
public record AttributeScores(Accuracy date, Accuracy place, Accuracy actor1, Accuracy modality) {
  public static final AttributeScores NONE = new AttributeScores(Accuracy.NONE, Accuracy.NONE, Accuracy.NONE, Accuracy.NONE);

  public AttributeScores plus(AttributeScores o) {
    return new AttributeScores(date.plus(o.date), place.plus(o.place), actor1.plus(o.actor1), modality.plus(o.modality));
  }

  static AttributeScores of(MatchedPair m) {
    return new AttributeScores(Accuracy.of(m.dateOk()), Accuracy.of(m.placeOk()), Accuracy.of(m.actor1Ok()), Accuracy.of(m.modalityOk()));
  }
}
