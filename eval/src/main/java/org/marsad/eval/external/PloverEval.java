package org.marsad.eval.external;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.Pipeline;
import org.marsad.ingest.Source;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Extraction;

/**
 * Runs the pipeline (English, no publication date) over each PLOVER sentence on its own and keeps
 * the types of the events it finds; {@link PloverReport} scores them against the category.
 */
public final class PloverEval {
  private PloverEval() {}

  public static List<PloverOutcome> run(List<PloverSentence> sentences, Pipeline pipeline) {
    List<PloverOutcome> out = new ArrayList<>(sentences.size());
    for (PloverSentence s : sentences) {
      Source src = new Source("plover:" + s.id(), s.text().getBytes(StandardCharsets.UTF_8), null, "plover", null, null, "en");
      Extraction x = pipeline.extract(pipeline.read(src));
      Set<EventType> types = EnumSet.noneOf(EventType.class);
      for (Event e : x.events()) {
        types.add(e.type());
      }
      out.add(new PloverOutcome(s, types));
    }
    return out;
  }
}
