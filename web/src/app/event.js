// An event's page: the report's text (right to left for Arabic) with every evidence span
// highlighted, the extracted fields beside it, review buttons for a signed-in reviewer, and
// the audit trail below.
import { api } from './api.js';
import { h, bdi, clear, on, reportText } from './dom.js';
import { t, typeName, valueName, placeName, actorName } from './i18n.js';
import { event as eventModel } from './model.js';
import { signedIn } from './signin.js';

const CORRECTABLE = ['type', 'date', 'place', 'actor1', 'actor2', 'modality'];

export async function renderEvent(view, reportId, eventId) {
  const [item, full] = await Promise.all([api.event(reportId, eventId), api.report(reportId)]);
  const e = eventModel(item);
  const report = full.report ?? e.report;
  const audit = e.audit;
  const text = full.text ?? '';
  const lang = report?.language ?? (/[\u0600-\u06FF]/.test(text) ? 'ar' : 'en');
  const status = h('p', { class: 'review-status', role: 'status' });

  clear(view).append(h('section', { class: 'page event', 'data-event': e.id },
    h('h1', {}, typeName(e.type), e.place ? [' — ', bdi(placeName(e.place))] : null, ' ',
      h('span', { class: `review review-${e.review}`, id: 'review-state' }, t(`review.${e.review}`))),
    h('div', { class: 'event-layout' },
      h('article', { class: 'report', 'aria-label': t('event.report') },
        h('h2', {}, t('event.report')),
        // the byline runs in the report's direction, like its text: outlet, date, title
        report ? h('p', { class: 'muted', dir: lang === 'ar' ? 'rtl' : 'ltr' }, report.outlet ? bdi(report.outlet) : null, ' ',
          report.published ? h('span', { dir: 'ltr' }, report.published) : null,
          report.title ? [' · ', bdi(report.title)] : null) : null,
        h('div', { class: 'report-text', id: 'report-text', dir: lang === 'ar' ? 'rtl' : 'ltr', lang }, highlight(text, e.evidence))),
      h('aside', { class: 'fields' },
        h('h2', {}, t('event.fields')),
        fieldTable(e, report),
        reviewPanel(e, status, () => renderEvent(view, reportId, eventId)),
        status,
        h('h2', {}, t('event.audit')),
        audit.length === 0 ? h('p', { class: 'muted', id: 'audit-empty' }, t('event.noAudit'))
          : h('div', { class: 'table-scroll' }, h('table', { class: 'audit', id: 'audit' },
            h('thead', {}, h('tr', {}, ['event.who', 'event.when', 'event.field', 'event.before', 'event.after', 'event.comment']
              .map((k) => h('th', { scope: 'col' }, t(k))))),
            h('tbody', {}, audit.map((a) => h('tr', { 'data-field': a.field },
              h('td', {}, bdi(a.who)), h('td', { dir: 'ltr' }, shortTime(a.when)), h('td', {}, fieldLabel(a.field)),
              h('td', {}, auditValue(a.field, a.before)), h('td', {}, auditValue(a.field, a.after)), h('td', {}, bdi(a.comment)))))))))));
}

function fieldLabel(field) {
  const key = `field.${field === 'review_state' ? 'review' : field}`;
  return t(key) === key ? bdi(field) : t(key);
}

/** A review state in the interface language; any other value as the reviewer wrote it. */
function auditValue(field, value) {
  return field === 'review_state' && t(`review.${value}`) !== `review.${value}` ? t(`review.${value}`) : bdi(stringOf(value));
}

/** "2026-12-05T13:58:01.123Z" as "2026-12-05 13:58" (UTC). */
function shortTime(iso) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(String(iso ?? ''));
  return m ? `${m[1]} ${m[2]}` : String(iso ?? '');
}

function stringOf(v) {
  return v && typeof v === 'object' ? JSON.stringify(v) : String(v ?? '');
}

/**
 * The text cut at every span boundary; a piece inside one or more spans becomes a <mark> naming
 * the fields it supports (spans may overlap). Offsets are UTF-16 code units, as JavaScript's.
 */
export function highlight(text, spans) {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(a, b);
    const fields = [...new Set(valid.filter((s) => s.start <= a && s.end >= b).map((s) => s.field))];
    out.push(fields.length === 0 ? reportText(piece)
      : h('mark', { class: `evidence ${fields.map((f) => `ev-${f}`).join(' ')}`, 'data-fields': fields.join(' '), title: fields.map((f) => t(`field.${f === 'trigger' ? 'type' : f}`)).join(', ') }, reportText(piece)));
  }
  return out;
}

function fieldTable(e, report) {
  const row = (key, value, ltr) => h('tr', {}, h('th', { scope: 'row' }, t(`field.${key}`)),
    h('td', ltr ? { dir: 'ltr' } : {}, value ?? '—'));
  return h('table', { class: 'field-table' }, h('tbody', {},
    row('type', typeName(e.type)), e.phase ? row('phase', valueName('phase', e.phase)) : null,
    row('date', e.date, true), row('place', e.place ? bdi(placeName(e.place)) : null),
    row('actor1', e.actor1 ? bdi(actorName(e.actor1)) : null), row('actor2', e.actor2 ? bdi(actorName(e.actor2)) : null),
    row('modality', valueName('modality', e.modality)), row('historical', valueName('bool', e.historical ?? false)),
    row('source', e.source ? bdi(e.source) : null),
    report ? row('outlet', report.outlet ? bdi(report.outlet) : null) : null,
    report ? row('published', report.published, true) : null,
    row('review', t(`review.${e.review}`))));
}

function reviewPanel(e, status, reload) {
  if (!signedIn()) return h('p', { class: 'muted' }, t('event.signinFirst'));
  const act = (send) => async () => {
    status.textContent = '…';
    try {
      await send();
      await reload();
    } catch (err) {
      status.textContent = `${t('error.load')}: ${err.message}`;
    }
  };
  const verify = on(h('button', { type: 'button', id: 'review-verify', class: 'primary' }, t('event.verify')), 'click', act(() => api.review(e.reportId, e.id, 'verified')));
  const reject = on(h('button', { type: 'button', id: 'review-reject' }, t('event.reject')), 'click', act(() => api.review(e.reportId, e.id, 'rejected')));
  const form = h('form', { class: 'correct', id: 'review-correct' },
    h('label', { for: 'c-field' }, t('event.field')),
    h('select', { id: 'c-field', name: 'field' }, CORRECTABLE.map((f) => h('option', { value: f }, t(`field.${f}`)))),
    h('label', { for: 'c-value' }, t('event.value')), h('input', { id: 'c-value', name: 'value', type: 'text' }),
    h('label', { for: 'c-comment' }, t('event.comment')), h('textarea', { id: 'c-comment', name: 'comment' }),
    h('button', { type: 'submit' }, t('event.save')));
  on(form, 'submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    act(() => api.correct(e.reportId, e.id, d.get('field'), d.get('value'), d.get('comment') || null))();
  });
  return h('div', { class: 'review-panel' }, h('div', { class: 'buttons' }, verify, reject),
    h('details', {}, h('summary', {}, t('event.correct')), form));
}
