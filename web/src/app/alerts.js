// Live alerts over Server-Sent Events: a notification, a count in the header, and a mark on the
// community (map marker and list) until the page is reloaded.
import { api, items, alertStreamUrl } from './api.js';
import { h, bdi, clear } from './dom.js';
import { t, placeName } from './i18n.js';
import { place } from './model.js';

const received = [];
const places = new Set();
let source = null;

export function alertedPlaces() {
  return places;
}

export function startAlerts() {
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource(alertStreamUrl());
  const handle = (msg) => {
    let a;
    try {
      a = JSON.parse(msg.data);
    } catch {
      return; // keep-alive or a comment line
    }
    if (!a || typeof a !== 'object') return;
    const alert = toAlert(a);
    received.unshift(alert);
    places.add(alert.place.id);
    document.getElementById('alerts-count').textContent = String(received.length);
    document.getElementById('alerts-badge').classList.add('has-alerts');
    toast(alert);
    window.dispatchEvent(new CustomEvent('marsad:alert', { detail: alert }));
  };
  source.addEventListener('message', handle);
  source.addEventListener('alert', handle);
}

function toAlert(a) {
  return { place: place(a.community), from: a.old_level ?? '', to: a.new_level ?? '', since: a.since ?? '' };
}

function describe(a) {
  return [bdi(placeName(a.place)), ': ', t(`level.${a.from}`), ' → ', t(`level.${a.to}`),
    a.since ? [' (', t('community.since'), ' ', h('span', { dir: 'ltr' }, a.since), ')'] : null];
}

function toast(a) {
  const box = document.getElementById('toasts');
  const el = h('div', { class: `toast level-${a.to}` }, h('strong', {}, t('alerts.new')), ' ',
    h('a', { href: `#/community/${encodeURIComponent(a.place.id)}` }, describe(a)));
  box.append(el);
  setTimeout(() => el.remove(), 15000);
}

/** The alerts the server recorded (newest first); live ones arrive on top while the page is open. */
export async function renderAlerts(view) {
  const stored = items(await api.alerts()).map(toAlert);
  clear(view).append(h('section', { class: 'page' }, h('h1', {}, t('alerts.title')),
    stored.length === 0 ? h('p', { class: 'muted' }, t('alerts.none'))
      : h('ul', { class: 'alerts' }, stored.map((a) => h('li', {},
        h('a', { href: `#/community/${encodeURIComponent(a.place.id)}` }, describe(a)))))));
}
