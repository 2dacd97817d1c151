// The dashboard's entry: a hash router over the views, the language switch, sign-in and alerts.
import { h, clear } from './dom.js';
import { t, setLang, currentLang, applyStatic } from './i18n.js';
import { renderMap } from './map.js';
import { renderCommunity } from './community.js';
import { renderEvents } from './events.js';
import { renderEvent } from './event.js';
import { renderAlerts, startAlerts } from './alerts.js';
import { renderSignin } from './signin.js';

const view = document.getElementById('view');
let cleanup = null;
let rendering = 0;

async function route() {
  const mine = ++rendering;
  const [path, qs] = (location.hash.replace(/^#/, '') || '/').split('?');
  const params = new URLSearchParams(qs ?? '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  document.body.dataset.view = parts[0] ?? 'map';
  view.setAttribute('aria-busy', 'true');
  try {
    if (parts.length === 0) cleanup = await renderMap(view, params);
    else if (parts[0] === 'community' && parts[1]) await renderCommunity(view, parts[1]);
    else if (parts[0] === 'events') await renderEvents(view, params);
    else if (parts[0] === 'event' && parts[2]) await renderEvent(view, parts[1], parts[2]);
    else if (parts[0] === 'alerts') await renderAlerts(view);
    else clear(view).append(h('p', {}, t('error.notFound')));
  } catch (err) {
    if (mine === rendering) {
      clear(view).append(h('p', { class: 'error', role: 'alert' }, `${t("error.load")}: ${err?.message ?? String(err)}`));
      console.error(err);
    }
  } finally {
    if (mine === rendering) view.setAttribute('aria-busy', 'false');
  }
}

function refresh() {
  applyStatic();
  renderSignin(refresh);
  route();
}

document.getElementById('lang-switch').addEventListener('click', () => {
  setLang(currentLang() === 'ar' ? 'en' : 'ar');
  refresh();
});
window.addEventListener('hashchange', route);
window.addEventListener('marsad:alert', () => {
  if (document.body.dataset.view === 'map' || document.body.dataset.view === 'alerts') route();
});
startAlerts();
refresh();
