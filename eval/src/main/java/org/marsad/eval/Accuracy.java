package org.marsad.eval;

/** {@code correct} out of {@code n} matched pairs; the value is NaN when n is 0. */
public record Accuracy(int correct, int n) {
  public static final Accuracy NONE = new Accuracy(0, 0);

  public static Accuracy of(boolean ok) {
    return new Accuracy(ok ? 1 : 0, 1);
  }

  public Accuracy plus(Accuracy o) {
    return new Accuracy(correct + o.correct, n + o.n);
  }

  public double value() {
    return n == 0 ? Double.NaN : (double) correct / n;
  }
}
