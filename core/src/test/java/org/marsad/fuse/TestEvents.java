package org.marsad.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Actor;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Modality;
import org.marsad.model.Place;
import org.marsad.model.Span;

/** Hand-built events for fusion and status tests. Places are invented unless a test says so. */
public final class TestEvents {
  private TestEvents() {}

  public static final Place TELL_ZAYTUN = place("T1", "Tell Zaytun", "تل الزيتون", 33.300, 36.200);
  /** 2 km from Tell Zaytun, another gazetteer entry (a farm quarter of the same town). */
  public static final Place ZAYTUN_FARMS = place("T1F", "Zaytun Farms", "مزارع الزيتون", 33.318, 36.200);
  /** About 30 km away. */
  public static final Place WADI_NOUR = place("W2", "Wadi Nour", "وادي النور", 33.570, 36.200);

  public static Place place(String id, String name, String nameAr, double lat, double lon) {
    return new Place(id, name, nameAr, "SY", "Rural Damascus", null, lat, lon, 1, new Span(0, 1));
  }

  public static B event(String id, EventType type) {
    return new B(id, type);
  }

  public static ReportEvent in(String reportId, String outlet, String published, Event e) {
    return new ReportEvent(reportId, outlet, published == null ? null : LocalDate.parse(published), e, null);
  }

  public static ReportEvent in(String reportId, String outlet, String published, Event e, String group, String evidence) {
    return new ReportEvent(reportId, outlet, published == null ? null : LocalDate.parse(published), e, group, evidence);
  }

  /** A small builder: asserted, current, undated, at Tell Zaytun, unless told otherwise. */
  public static final class B {
    private final String id;
    private final EventType type;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private Modality modality = Modality.ASSERTED;
    private boolean historical;
    private EventDate date;
    private Place place = TELL_ZAYTUN;
    private Actor actor1;

    B(String id, EventType type) {
      this.id = id;
      this.type = type;
    }

    public B on(String value) {
      date = new EventDate(value, EventDate.ON, value.length() == 10 ? 1 : 3, List.of());
      return this;
    }

    public B since(String value) {
      date = new EventDate(value, EventDate.SINCE, value.length() == 10 ? 1 : 3, List.of());
      return this;
    }

    public B at(Place p) {
      place = p;
      return this;
    }

    public B attr(String key, Object value) {
      attributes.put(key, value);
      return this;
    }

    public B items(String... items) {
      attributes.put("items", new ArrayList<>(List.of(items)));
      return this;
    }

    public B by(String actor) {
      actor1 = new Actor(actor, "state forces", null);
      return this;
    }

    public B modality(Modality m) {
      modality = m;
      return this;
    }

    public B historical() {
      historical = true;
      return this;
    }

    public Event build() {
      return new Event(id, type, attributes, modality, historical, date, place, actor1, null, null,
          List.of(new Span(0, 10)), "test");
    }
  }
}
