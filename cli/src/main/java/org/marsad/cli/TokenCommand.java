package org.marsad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.marsad.server.Role;
import org.marsad.server.Tokens;
import org.marsad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad token create|list|revoke}: API bearer tokens (stored hashed). */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Creates, lists and revokes API tokens.",
    subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
public class TokenCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates a token and prints it (only now: it is stored hashed).")
  static class Create implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who uses it (shown in the audit trail).")
    String name;
    @Option(names = "--role", paramLabel = "ROLE", description = "reviewer, ingest or admin (default: ${DEFAULT-VALUE}).")
    String role = "reviewer";
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Role r;
      try {
        r = Role.of(role);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      try (Store s = store.open()) {
        Tokens.Created c = new Tokens(s.jdbi()).create(name, r);
        PrintWriter out = spec.commandLine().getOut();
        out.println(c.token());
        spec.commandLine().getErr().printf("token %s (%s, role %s) created; send it as Authorization: Bearer TOKEN%n",
            c.info().id(), c.info().name(), c.info().role().code());
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists tokens (never their secrets).")
  static class ListTokens implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Store s = store.open()) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("id\tname\trole\tcreated\trevoked");
        for (Tokens.Info t : new Tokens(s.jdbi()).list()) {
          out.printf("%s\t%s\t%s\t%s\t%s%n", t.id(), t.name(), t.role().code(), t.created(), t.revoked() == null ? "" : t.revoked());
        }
      }
      return 0;
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a token by id or name.")
  static class Revoke implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Parameters(paramLabel = "ID_OR_NAME") String key;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Store s = store.open()) {
        if (!new Tokens(s.jdbi()).revoke(key)) {
          spec.commandLine().getErr().println("marsad: no active token with id or name " + key);
          return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().println("revoked " + key);
      }
      return 0;
    }
  }
}
