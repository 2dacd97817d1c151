package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.BadInputException;
import org.marsad.Pipeline;
import org.marsad.ingest.ReportSources;
import org.marsad.ingest.Source;
import org.marsad.json.ExtractionJson;
import org.marsad.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad extract FILE...}: the codebook's JSON for each report (JSON Lines for several). */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract evidence-linked events from report files; one JSON object per report.")
final class ExtractCommand implements Callable<Integer> {
  /** Reports larger than this are refused: news reports are kilobytes, not megabytes. */
  static final long MAX_BYTES = 20L * 1024 * 1024;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files (UTF-8, UTF-16 with BOM or Windows-1256)")
  List<Path> files;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "publication date: relative dates resolve against it")
  LocalDate published;

  @Option(names = "--outlet", paramLabel = "NAME", description = "the outlet that published the report")
  String outlet;

  @Option(names = "--lang", paramLabel = "ar|en|auto", defaultValue = "auto", description = "report language (default: ${DEFAULT-VALUE})")
  String lang;

  @Override
  public Integer call() {
    if (!List.of("ar", "en", "auto").contains(lang)) {
      throw new BadInputException("--lang must be ar, en or auto, not \"" + lang + "\"");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = Pipeline.defaultPipeline();
    int code = ExitCodes.OK;
    for (Path f : files) {
      if (f.getFileName() != null && f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")) {
        code = Math.max(code, jsonLines(pipeline, f, out, err));
        continue;
      }
      try {
        Extraction x = pipeline.extract(pipeline.read(new Source(f.toString(), read(f), published, outlet, null, null, lang)));
        out.println(files.size() == 1 ? ExtractionJson.pretty(x) : ExtractionJson.line(x));
        out.flush();
      } catch (BadInputException e) {
        err.println("marsad: " + e.getMessage());
        code = ExitCodes.BAD_INPUT;
      }
    }
    return code;
  }

  /** A JSON Lines file: one report per line, one JSON line out per report; bad lines are named on stderr. */
  private int jsonLines(Pipeline pipeline, Path f, PrintWriter out, PrintWriter err) {
    if (!Files.isRegularFile(f)) {
      throw new BadInputException(f + ": no such file");
    }
    int[] code = {ExitCodes.OK};
    ReportSources.read(f, src -> {
      Source s = new Source(src.name(), src.bytes(), src.published() != null ? src.published() : published,
          src.outlet() != null ? src.outlet() : outlet, src.url(), src.title(), src.language() != null ? src.language() : lang);
      try {
        out.println(ExtractionJson.line(pipeline.extract(pipeline.read(s))));
      } catch (BadInputException e) {
        err.println("marsad: " + e.getMessage());
        code[0] = ExitCodes.BAD_INPUT;
      }
    }, e -> {
      err.println("marsad: " + e.getMessage());
      code[0] = ExitCodes.BAD_INPUT;
    });
    out.flush();
    return code[0];
  }

  static byte[] read(Path f) {
    try {
      if (Files.isDirectory(f)) {
        throw new BadInputException(f + ": is a directory (give report files)");
      }
      long size = Files.size(f);
      if (size > MAX_BYTES) {
        throw new BadInputException(f + ": " + size + " bytes is larger than the " + MAX_BYTES + "-byte limit for one report");
      }
      return Files.readAllBytes(f);
    } catch (NoSuchFileException e) {
      throw new BadInputException(f + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(f + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}
