package org.marsad.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.marsad.Pipeline;
import org.marsad.ingest.ReportSources;
import org.marsad.json.ExtractionJson;
import org.marsad.model.Extraction;

/**
 * One JSON Lines report record in, one extraction out as (document id, {@link ExtractionJson#line}
 * JSON): the core pipeline unchanged, one shared {@link Pipeline#defaultPipeline()} per task JVM
 * (it is immutable and thread-safe, so slots in one TaskManager share its lexicons and gazetteer).
 *
 * <p>A record that cannot be read goes to the {@link #REJECTS} side output as a JSON object
 * {@code {"input", "error", "record"}} instead of failing the job: in a stream a failing record
 * would be replayed after every restart and stall the whole topic.
 */
public class ExtractFunction extends ProcessFunction<String, Tuple2<String, String>> {
  private static final long serialVersionUID = 1L;

  /** Each report as the status stage needs it (see {@link BatchStatusFunction#input}); only when asked for. */
  public static final OutputTag<String> STATUS_INPUT = new OutputTag<>("status-input", Types.STRING);

  /** Records that could not be read, with the reason. */
  public static final OutputTag<String> REJECTS = new OutputTag<>("rejects", Types.STRING);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int RECORD_PREFIX = 200;

  private final String inputName;
  private final boolean statusInput;
  private transient Pipeline pipeline;
  private transient int subtask;
  private transient long seen;
  private transient Counter reports;
  private transient Counter rejects;

  /** {@code inputName} (a path or a topic) prefixes the record names in reject messages. */
  public ExtractFunction(String inputName) {
    this(inputName, false);
  }

  /** With {@code statusInput}, also emits each report to {@link #STATUS_INPUT}. */
  public ExtractFunction(String inputName, boolean statusInput) {
    this.inputName = inputName;
    this.statusInput = statusInput;
  }

  @Override
  public void open(OpenContext context) {
    pipeline = Pipeline.defaultPipeline();
    subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
    reports = getRuntimeContext().getMetricGroup().counter("marsadReports");
    rejects = getRuntimeContext().getMetricGroup().counter("marsadRejects");
  }

  @Override
  public void processElement(String line, Context ctx, Collector<Tuple2<String, String>> out) {
    if (line.isBlank()) {
      return; // as ReportSources does for JSON Lines files
    }
    seen++;
    String name = inputName + " (subtask " + subtask + ", record " + seen + ")";
    Extraction x;
    try {
      x = pipeline.extract(pipeline.read(ReportSources.fromJson(name, JSON.readTree(line))));
    } catch (JsonProcessingException e) {
      reject(ctx, name, "not a JSON object (" + e.getOriginalMessage() + ")", line);
      return;
    } catch (RuntimeException e) { // BadInputException, or a pipeline bug: either way, not a stall
      reject(ctx, name, e.getClass().getSimpleName() + ": " + e.getMessage(), line);
      return;
    }
    reports.inc();
    String extraction = ExtractionJson.line(x);
    out.collect(Tuple2.of(x.document().id(), extraction));
    if (statusInput) {
      ctx.output(STATUS_INPUT, BatchStatusFunction.input(x, extraction));
    }
  }

  private void reject(Context ctx, String name, String error, String line) {
    rejects.inc();
    ObjectNode o = JSON.createObjectNode();
    o.put("input", name);
    o.put("error", error);
    o.put("record", line.length() > RECORD_PREFIX ? line.substring(0, RECORD_PREFIX) : line);
    ctx.output(REJECTS, o.toString());
  }
}
