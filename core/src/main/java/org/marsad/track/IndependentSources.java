package org.marsad.track;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.fuse.SourceRef;
import org.marsad.fuse.UnionFind;

/**
 * The one definition of "independent sources" that every count and confidence label uses:
 * reports count once each, and reports that fusion found to be copies of each other (syndicated
 * copies, or one outlet repeating the same words: one {@link SourceRef#sourceKey()}) count once
 * together, also across the several events they support.
 */
public final class IndependentSources {
  private IndependentSources() {}

  public static int count(Collection<SourceRef> sources) {
    UnionFind parent = new UnionFind();
    for (SourceRef s : sources) {
      parent.union("r:" + s.reportId(), "k:" + s.sourceKey());
    }
    Set<String> roots = new LinkedHashSet<>();
    for (SourceRef s : sources) {
      roots.add(parent.find("r:" + s.reportId()));
    }
    return roots.size();
  }

  /** Each source's group: the report id standing for all its copies among {@code sources}. */
  public static Map<String, String> groups(Collection<SourceRef> sources) {
    UnionFind parent = new UnionFind();
    for (SourceRef s : sources) {
      parent.union("r:" + s.reportId(), "k:" + s.sourceKey());
    }
    Map<String, String> rootToReport = new TreeMap<>();
    Map<String, String> out = new TreeMap<>();
    sources.stream().map(SourceRef::reportId).sorted().forEach(r -> rootToReport.putIfAbsent(parent.find("r:" + r), r));
    for (SourceRef s : sources) {
      out.put(s.reportId(), rootToReport.get(parent.find("r:" + s.reportId())));
    }
    return out;
  }
}
