// A community's page: the status timeline (intervals as bars, events as ticks by type), its
// indicators, the sources behind each change and the disagreements kept between them.
import { api, items } from './api.js';
import { h, bdi, clear } from './dom.js';
import { t, placeName, typeName, currentLang, actorName } from './i18n.js';
import { levelColour } from './levels.js';
import { community, interval, place, event as eventModel } from './model.js';
import { toDay, isIsoDate } from './dates.js';
import { eventLink } from './events.js';

const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attrs, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export async function renderCommunity(view, id) {
  const [answer, eventsAnswer] = await Promise.all([api.community(id), api.events({ place: id, limit: 200 })]);
  const raw = answer.intervals ?? [];
  const intervals = raw.map(interval).sort((a, b) => String(a.from).localeCompare(String(b.from)));
  const pl = place(answer.community ?? { id });
  const events = items(eventsAnswer).map(eventModel);
  const currentLevel = answer.current_level ?? 'NONE';
  const holding = raw.find((i) => i.level === currentLevel && (!i.to || (answer.as_of && i.to > answer.as_of)));
  const status = holding ? community({ ...holding, community: answer.community }) : null;

  clear(view).append(h('section', { class: 'page community', 'data-place': id },
    h('h1', {}, bdi(placeName(pl)), ' ', h('span', { class: `level-badge level-${currentLevel}` }, t(`level.${currentLevel}`))),
    h('p', { class: 'muted' }, bdi(currentLang() === 'ar' ? pl.admin1_ar || pl.admin1 : pl.admin1), pl.id ? [' · ', h('span', { dir: 'ltr' }, pl.id)] : null),
    sides(answer),
    h('h2', {}, t('community.timeline')),
    timelineSvg(intervals, events),
    intervalTable(intervals),
    status ? indicators(status, holding) : null,
    h('h2', {}, t('community.events')),
    h('ul', { class: 'event-ticks-list' }, events.map((e) => h('li', {},
      h('span', { dir: 'ltr' }, e.date ?? '—'), ' · ', eventLink(e), ' ', h('span', { class: `review review-${e.review}` }, t(`review.${e.review}`)))))));
}

/** Who besieges the community and who is besieged, as its siege reports name them (most cited first). */
function sides(answer) {
  const row = (key, list) => (list && list.length
    ? h('div', { class: `sides sides-${key}` }, h('dt', {}, t(`community.${key}`)),
      h('dd', {}, list.map((a, k) => [k ? (currentLang() === 'ar' ? '، ' : ', ') : '', bdi(actorName(a))])))
    : null);
  const by = row('besiegedBy', answer.besieged_by);
  const on = row('besieged', answer.besieged);
  return by || on ? h('dl', { class: 'sides-list' }, by, on) : null;
}

function timelineSvg(intervals, events) {
  const width = 900;
  const height = 120;
  const dates = [...intervals.flatMap((i) => [i.from, i.to]), ...events.map((e) => e.date)].filter(isIsoDate);
  if (dates.length === 0) return h('p', { class: 'muted' }, t('map.none'));
  const lo = toDay(dates.sort()[0]) - 3;
  const hi = Math.max(toDay(dates.at(-1)) + 3, intervals.some((i) => !i.to) ? toDay(dates.at(-1)) + 10 : 0);
  const rtl = currentLang() === 'ar';
  const x = (day) => {
    const f = (day - lo) / Math.max(1, hi - lo);
    return 20 + (rtl ? 1 - f : f) * (width - 40);
  };
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img', 'aria-label': t('community.timeline') });
  svg.append(s('line', { x1: 20, x2: width - 20, y1: 70, y2: 70, class: 'axis' }));
  for (const i of intervals) {
    const a = x(toDay(i.from));
    const b = x(i.to ? toDay(i.to) : hi);
    const bar = s('rect', { x: Math.min(a, b), y: 30, width: Math.max(2, Math.abs(b - a)), height: 30, fill: levelColour(i.level), class: `bar level-${i.level}`, 'data-level': i.level, 'data-from': i.from });
    bar.append(s('title', {}, `${t(`level.${i.level}`)} ${i.from} → ${i.to ?? t('community.ongoing')}`));
    svg.append(bar);
    svg.append(s('text', { x: a, y: 95, class: 'tick-label', 'text-anchor': 'middle', direction: 'ltr' }, i.from));
  }
  for (const e of events.filter((ev) => isIsoDate(ev.date))) {
    const tick = s('line', { x1: x(toDay(e.date)), x2: x(toDay(e.date)), y1: 64, y2: 80, class: `tick type-${e.type}` });
    tick.append(s('title', {}, `${typeName(e.type)} ${e.date}`));
    svg.append(tick);
  }
  return h('figure', { class: 'timeline-figure' }, svg);
}

/** A stored event's id ends with its type ("…-41-siege"): a readable label without a request. */
function sourceLabel(eventId) {
  const m = /-([a-z_]+)$/.exec(eventId ?? '');
  return m ? typeName(m[1].toUpperCase()) : t('events.open');
}

function sourceItem(src) {
  return h('li', {}, src.outlet ? bdi(src.outlet) : null, src.published ? [' ', h('span', { dir: 'ltr' }, src.published)] : null,
    src.title ? [' · ', bdi(src.title)] : null,
    src.eventId ? [' · ', h('a', { href: `#/event/${encodeURIComponent(src.reportId)}/${encodeURIComponent(src.eventId)}`, class: 'source-event' }, sourceLabel(src.eventId))] : null,
    src.note ? [' — ', bdi(src.note, 'note')] : null);
}

function intervalTable(intervals) {
  return h('div', { class: 'table-scroll' }, h('table', { class: 'intervals', id: 'intervals' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('community.level')), h('th', { scope: 'col' }, t('community.from')),
      h('th', { scope: 'col' }, t('community.to')), h('th', { scope: 'col' }, t('community.sources')),
      h('th', { scope: 'col' }, t('community.disagreements')))),
    h('tbody', {}, intervals.map((i) => h('tr', { 'data-level': i.level, 'data-from': i.from },
      h('td', {}, h('span', { class: `swatch level-${i.level}`, 'aria-hidden': 'true' }), t(`level.${i.level}`)),
      h('td', { dir: 'ltr', class: 'from' }, i.from), h('td', { dir: 'ltr' }, i.to ?? t('community.ongoing')),
      h('td', {}, h('ul', {}, i.sources.map(sourceItem))),
      h('td', {}, h('ul', {}, i.disagreements.map((d) => h('li', {}, bdi(typeof d === 'string' ? d : JSON.stringify(d)))))))))));
}

function indicators(st, holding) {
  const value = (v) => (v === undefined || v === null ? '—' : t(`val.${v}`) === `val.${v}` ? String(v) : t(`val.${v}`));
  const rows = ['movement', 'food', 'medicine', 'fuel', 'aid', 'attacks_7d'].map((k) => [t(`ind.${k}`), value(st.indicators[k])]);
  // days_besieged is counted to the record's date for an open interval
  rows.push([t('community.daysBesieged'), st.daysBesieged ?? '—'], [t('community.independent'), st.independentSources ?? '—']);
  return h('div', {}, h('h2', {}, t('community.indicators')),
    h('dl', { class: 'indicators' }, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))])),
    h('p', { class: 'muted' }, t('community.since'), ' ', h('span', { dir: 'ltr' }, st.since ?? holding?.from ?? '')));
}

