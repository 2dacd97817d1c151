package org.marsad.eval;

import java.util.Comparator;
import org.marsad.model.EventType;

/** A cell of the confusion table: a gold type read as another predicted type. */
public record TypePair(EventType gold, EventType predicted) implements Comparable<TypePair> {
  private static final Comparator<TypePair> ORDER =
      Comparator.comparing(TypePair::gold).thenComparing(TypePair::predicted);

  @Override
  public int compareTo(TypePair o) {
    return ORDER.compare(this, o);
  }
}
