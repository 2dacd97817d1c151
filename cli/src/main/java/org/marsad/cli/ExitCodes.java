package org.marsad.cli;

/** Exit codes shared by every command: 0 ok, 2 bad input, 1 internal error. */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
