package org.marsad.cli;

import org.marsad.BadInputException;
import org.marsad.store.RecordUnavailableException;
import picocli.CommandLine;

/** Turns exceptions into one-line messages and exit codes: bad input 2, anything else 1. */
final class Errors implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    if (ex instanceof BadInputException) {
      cl.getErr().println("marsad: " + ex.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    if (ex instanceof RecordUnavailableException r) {
      cl.getErr().println("marsad: " + r.getMessage());
      return r.reason() == RecordUnavailableException.Reason.MISSING ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL;
    }
    cl.getErr().println("marsad: internal error: " + ex);
    ex.printStackTrace(cl.getErr());
    return ExitCodes.INTERNAL;
  }
}
