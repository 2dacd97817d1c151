// The event list: the API's filters (type, place, dates, review state, full-text query) and paging.
import { api, items } from './api.js';
import { h, bdi, clear, on } from './dom.js';
import { t, typeName, placeName, EVENT_TYPES } from './i18n.js';
import { event as eventModel, eventHash } from './model.js';

const PAGE = 25;
const REVIEW_STATES = ['pending', 'verified', 'rejected'];
const FILTERS = ['type', 'place', 'from', 'to', 'review', 'q'];

export function eventLink(e) {
  return h('a', { href: eventHash(e), class: 'event-link', 'data-event': e.id },
    typeName(e.type), e.place ? [' — ', bdi(placeName(e.place))] : null);
}

function select(name, values, label, current) {
  return h('select', { name, id: `f-${name}` }, h('option', { value: '' }, t('events.any')),
    values.map((v) => h('option', { value: v, selected: v === current }, label(v))));
}

export async function renderEvents(view, params) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? '']));
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const field = (name, input) => h('label', { for: `f-${name}` }, h('span', {}, t(`events.${name}`)), input);
  const form = h('form', { class: 'filters', id: 'event-filters', role: 'search' },
    field('type', select('type', EVENT_TYPES, typeName, filters.type)),
    field('place', h('input', { type: 'text', name: 'place', id: 'f-place', value: filters.place })),
    field('from', h('input', { type: 'date', name: 'from', id: 'f-from', value: filters.from })),
    field('to', h('input', { type: 'date', name: 'to', id: 'f-to', value: filters.to })),
    field('review', select('review', REVIEW_STATES, (v) => t(`review.${v}`), filters.review)),
    field('q', h('input', { type: 'search', name: 'q', id: 'f-q', value: filters.q })),
    h('button', { type: 'submit' }, t('events.apply')));
  on(form, 'submit', (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) q.set(k, v);
    location.hash = `#/events?${q}`;
  });
  const answer = await api.events({ ...filters, limit: PAGE, offset });
  const rows = items(answer).map(eventModel);
  const total = answer?.total;
  const page = (o) => {
    const q = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    q.set('offset', String(o));
    return `#/events?${q}`;
  };
  clear(view).append(h('section', { class: 'page events' },
    h('h1', {}, t('events.title')), form,
    rows.length === 0 ? h('p', { class: 'muted' }, t('events.empty'))
      : h('div', { class: 'table-scroll' }, h('table', { class: 'event-table', id: 'event-table' },
        h('thead', {}, h('tr', {}, ['events.date', 'events.type', 'events.place', 'field.review', 'event.evidence']
          .map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, rows.map((e) => h('tr', { 'data-event': e.id, 'data-type': e.type },
          h('td', { dir: 'ltr' }, e.date ?? '—'), h('td', {}, eventLink(e)), h('td', {}, bdi(placeName(e.place))),
          h('td', {}, h('span', { class: `review review-${e.review}` }, t(`review.${e.review}`))),
          h('td', { class: 'snippet' }, bdi(e.evidence[0]?.text ?? ''))))))),
    h('nav', { class: 'pager', 'aria-label': 'pages' },
      offset > 0 ? h('a', { href: page(Math.max(0, offset - PAGE)) }, t('events.prev')) : null,
      h('span', { dir: 'ltr' }, `${offset + 1}–${offset + rows.length}${Number.isInteger(total) ? ` / ${total}` : ''}`),
      rows.length === PAGE ? h('a', { href: page(offset + PAGE), id: 'next-page' }, t('events.next')) : null)));
}
