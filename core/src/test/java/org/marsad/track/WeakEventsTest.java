package org.marsad.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.fuse.TestEvents.event;
import static org.marsad.fuse.TestEvents.in;
import static org.marsad.model.EventType.THREAT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.fuse.EventFuser;
import org.marsad.fuse.FusedEvent;

/** Which undated, single-source events status leaves out (StatusEngine.weak). */
class WeakEventsTest {
  private final EventFuser fuser = EventFuser.loadDefault();

  private FusedEvent threat(String basis) {
    List<FusedEvent> f = fuser.fuse(List.of(
        in("r1", "A", "2023-08-10", event("t", THREAT).attr("place_basis", basis).by("Militants").build())));
    return f.get(0);
  }

  @Test
  void anUndatedWarningAtAPlaceItsSentenceNamesCounts() {
    assertThat(StatusEngine.weak(threat("sentence"))).isFalse();
  }

  @Test
  void anUndatedWarningPlacedOnlyByContextIsLeftOut() {
    assertThat(StatusEngine.weak(threat("context"))).isTrue();
  }
}
