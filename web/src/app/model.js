// Reads the API's answers into the few shapes the views use, so that a view never guesses a key.

function pick(o, ...keys) {
  for (const k of keys) {
    if (o && o[k] !== undefined && o[k] !== null) return o[k];
  }
  return undefined;
}

export function place(p, fallbackId) {
  const src = p ?? {};
  return {
    id: pick(src, 'id', 'place_id') ?? fallbackId,
    name: pick(src, 'name', 'name_en', 'place_name') ?? '',
    name_ar: pick(src, 'name_ar', 'nameAr') ?? '',
    admin1: pick(src, 'admin1') ?? '',
    lat: Number(pick(src, 'lat', 'latitude')),
    lon: Number(pick(src, 'lon', 'lng', 'longitude')),
  };
}

/** A community's status on a date. */
export function community(c) {
  const ind = pick(c, 'indicators') ?? c;
  return {
    place: place(pick(c, 'place') ?? c),
    level: pick(c, 'level') ?? 'NONE',
    since: pick(c, 'since'),
    indicators: {
      movement: pick(ind, 'movement'), food: pick(ind, 'food'), medicine: pick(ind, 'medicine'),
      fuel: pick(ind, 'fuel'), aid: pick(ind, 'aid'), attacks_7d: pick(ind, 'attacks_7d', 'attacksLast7Days'),
    },
    daysBesieged: pick(c, 'days_besieged', 'daysBesieged') ?? pick(ind, 'days_besieged'),
    independentSources: pick(c, 'independent_sources', 'independentSources'),
    sources: (pick(c, 'sources') ?? []).map(source),
    disagreements: pick(c, 'disagreements') ?? [],
  };
}

export function source(s) {
  return {
    reportId: pick(s, 'report_id', 'reportId', 'report'),
    eventId: pick(s, 'event_id', 'eventId', 'event'),
    outlet: pick(s, 'outlet') ?? '',
    published: pick(s, 'published') ?? '',
    title: pick(s, 'title') ?? '',
    note: pick(s, 'note') ?? '',
  };
}

/** One interval of a timeline. */
export function interval(i) {
  return {
    level: pick(i, 'level') ?? 'NONE',
    from: pick(i, 'from', 'start'),
    to: pick(i, 'to', 'end') ?? null,
    since: pick(i, 'since'),
    indicators: pick(i, 'indicators') ?? {},
    independentSources: pick(i, 'independent_sources', 'independentSources'),
    sources: (pick(i, 'sources') ?? []).map(source),
    disagreements: pick(i, 'disagreements') ?? [],
  };
}

function spans(x) {
  return (pick(x, 'evidence') ?? []).filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end));
}

/** An event, with every evidence span it cites by the field it supports. */
export function event(e) {
  const date = pick(e, 'date');
  const pl = pick(e, 'place');
  const a1 = pick(e, 'actor1');
  const a2 = pick(e, 'actor2');
  return {
    id: pick(e, 'id', 'event_id'),
    reportId: pick(e, 'report_id', 'reportId', 'document_id') ?? pick(pick(e, 'document') ?? {}, 'id'),
    type: pick(e, 'type'),
    phase: pick(e, 'phase'),
    modality: pick(e, 'modality'),
    historical: pick(e, 'historical'),
    source: pick(e, 'source'),
    review: pick(e, 'review', 'review_state', 'reviewState') ?? 'pending',
    date: date && typeof date === 'object' ? pick(date, 'value') : date,
    place: pl ? place(pl) : null,
    actor1: typeof a1 === 'string' ? a1 : pick(a1, 'name') ?? null,
    actor2: typeof a2 === 'string' ? a2 : pick(a2, 'name') ?? null,
    sources: (pick(e, 'sources') ?? []).map(source),
    evidence: [
      ...spans(e).map((s) => ({ ...s, field: 'trigger' })),
      ...(date && typeof date === 'object' ? spans(date) : []).map((s) => ({ ...s, field: 'date' })),
      ...(pl ? spans(pl) : []).map((s) => ({ ...s, field: 'place' })),
      ...(a1 && typeof a1 === 'object' ? spans(a1) : []).map((s) => ({ ...s, field: 'actor1' })),
      ...(a2 && typeof a2 === 'object' ? spans(a2) : []).map((s) => ({ ...s, field: 'actor2' })),
    ],
    audit: pick(e, 'audit') ?? [],
    raw: e,
  };
}

export function auditRecord(a) {
  return {
    who: pick(a, 'who', 'reviewer', 'actor', 'token_name') ?? '',
    when: pick(a, 'when', 'at', 'created_at', 'time') ?? '',
    action: pick(a, 'action') ?? '',
    field: pick(a, 'field') ?? '',
    before: pick(a, 'before', 'old') ?? '',
    after: pick(a, 'after', 'new') ?? '',
    comment: pick(a, 'comment') ?? '',
  };
}
