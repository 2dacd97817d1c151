// Reads the API's answers (docs/api.md) into the few shapes the views use.

export function place(p) {
  const src = p ?? {};
  return {
    id: src.id ?? '',
    name: src.name ?? '',
    name_ar: src.name_ar ?? '',
    admin1: src.admin1 ?? '',
    admin1_ar: src.admin1_ar ?? '',
    lat: Number(src.lat ?? NaN),
    lon: Number(src.lon ?? NaN),
  };
}

/** A community's interval on a date: {community, level, from, to, indicators, ...}. */
export function community(c) {
  const ind = c.indicators ?? {};
  return {
    place: place(c.community),
    level: c.level ?? 'NONE',
    since: ind.since ?? c.from,
    from: c.from,
    indicators: ind,
    daysBesieged: ind.days_besieged,
    independentSources: c.independent_sources,
    disagreements: c.disagreements ?? [],
  };
}

export function source(s) {
  return {
    reportId: s.report_id,
    eventId: s.event_id,
    outlet: s.outlet ?? '',
    published: s.published ?? '',
    title: s.title ?? '',
    note: s.note ?? '',
  };
}

/** One interval of a timeline. */
export function interval(i) {
  return {
    level: i.level ?? 'NONE',
    from: i.from,
    to: i.to ?? null,
    indicators: i.indicators ?? {},
    independentSources: i.independent_sources,
    sources: (i.sources ?? []).map(source),
    disagreements: i.disagreements ?? [],
  };
}

function spans(x) {
  return (x?.evidence ?? []).filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end));
}

/** An event of a report with its review: {key, report, event, review}. */
export function event(item) {
  const e = item.event ?? {};
  const date = e.date;
  const pl = e.place;
  return {
    id: e.id,
    reportId: item.report?.id,
    report: item.report ?? {},
    type: e.type,
    phase: e.phase,
    modality: e.modality,
    historical: e.historical,
    source: e.source,
    review: item.review?.state ?? 'pending',
    corrected: item.review?.corrected ?? [],
    audit: (item.review?.audit ?? []).map(auditRecord),
    date: date?.value ?? null,
    place: pl ? place(pl) : null,
    actor1: e.actor1?.name ? { name: e.actor1.name, name_ar: e.actor1.name_ar ?? '' } : null,
    actor2: e.actor2?.name ? { name: e.actor2.name, name_ar: e.actor2.name_ar ?? '' } : null,
    evidence: [
      ...spans(e).map((s) => ({ ...s, field: 'trigger' })),
      ...spans(date).map((s) => ({ ...s, field: 'date' })),
      ...spans(pl).map((s) => ({ ...s, field: 'place' })),
      ...spans(e.actor1).map((s) => ({ ...s, field: 'actor1' })),
      ...spans(e.actor2).map((s) => ({ ...s, field: 'actor2' })),
    ],
  };
}

export function eventHash(e) {
  return `#/event/${encodeURIComponent(e.reportId)}/${encodeURIComponent(e.id)}`;
}

export function auditRecord(a) {
  return {
    who: a.actor ?? '',
    when: a.at ?? '',
    field: a.field ?? '',
    before: a.before ?? '',
    after: a.after ?? '',
    comment: a.comment ?? '',
  };
}
