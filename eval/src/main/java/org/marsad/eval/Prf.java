package org.marsad.eval;

/**
 * True positive, false positive and false negative counts. Precision and recall are NaN when
 * their denominator is 0 (nothing predicted, nothing in gold); F1 is 0 when there is no true
 * positive but something was predicted or expected, and NaN when all three counts are 0.
 */
public record Prf(int tp, int fp, int fn) {
  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf plus(Prf o) {
    return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public double precision() {
    return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
  }

  public double f1() {
    if (tp == 0) {
      return fp + fn == 0 ? Double.NaN : 0.0;
    }
    return 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
