// The map: OCHA boundaries as GeoJSON layers (no tile server), communities as markers coloured by
// level and clustered where they crowd, and a date slider that redraws them "as of" any day.
import { api, items } from './api.js';
import { h, bdi, clear, on } from './dom.js';
import { t, placeName, LEVELS, currentLang } from './i18n.js';
import { levelColour, severity } from './levels.js';
import { community } from './model.js';
import { toDay, fromDay, today, isIsoDate } from './dates.js';
import { alertedPlaces } from './alerts.js';

const L = window.L;
const geoCache = new Map();
const SYRIA_BOUNDS = [[32.3, 35.7], [37.35, 42.4]];

async function geo(name) {
  if (!geoCache.has(name)) {
    geoCache.set(name, fetch(`geo/${name}.geojson`).then((r) => r.json()));
  }
  return geoCache.get(name);
}

/** The earliest day the slider offers: a year before today when nothing older is known. */
let sliderMin = null;

export async function renderMap(view, params) {
  const asked = isIsoDate(params.get('as_of')) ? params.get('as_of') : undefined;
  const mapEl = h('div', { id: 'map', class: 'map', role: 'region', 'aria-label': t('map.label') });
  const slider = h('input', { type: 'range', id: 'as-of-slider', step: 1, 'aria-label': t('map.asOf') });
  const dateInput = h('input', { type: 'date', id: 'as-of-date', 'aria-label': t('map.asOf') });
  const prev = h('button', { type: 'button', id: 'day-prev', title: t('map.prevDay') }, t('map.prevDay'));
  const next = h('button', { type: 'button', id: 'day-next', title: t('map.nextDay') }, t('map.nextDay'));
  const list = h('ul', { id: 'community-list', class: 'community-list' });
  const legend = h('ul', { class: 'legend' },
    LEVELS.map((l) => h('li', {}, h('span', { class: `swatch level-${l}`, 'aria-hidden': 'true' }), t(`level.${l}`))));
  clear(view).append(
    h('section', { class: 'map-view' },
      h('div', { class: 'map-controls' },
        h('label', { for: 'as-of-slider' }, t('map.asOf')), prev, slider, next, dateInput),
      h('div', { class: 'map-layout' }, mapEl,
        h('aside', { class: 'map-side' },
          h('h2', {}, t('map.legend')), legend,
          h('h2', {}, t('map.communities')), list))));

  const map = L.map(mapEl, { minZoom: 5, maxZoom: 13, zoomSnap: 0.25, attributionControl: true, preferCanvas: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(t('app.attribution'));
  map.fitBounds(SYRIA_BOUNDS);
  drawBoundaries(map);
  const cluster = L.markerClusterGroup({
    maxClusterRadius: 30, showCoverageOnHover: false, spiderfyOnMaxZoom: true,
    iconCreateFunction: clusterIcon,
  });
  map.addLayer(cluster);

  // Without a date in the address the server answers as of the record's latest date.
  const first = await api.communities(asked);
  const asOf = isIsoDate(first.as_of) ? first.as_of : today();
  let current = asOf;
  let requested = 0;
  async function draw(date, answer) {
    current = date;
    slider.value = String(toDay(date));
    dateInput.value = date;
    history.replaceState(null, '', `#/?as_of=${date}`);
    const mine = ++requested;
    const rows = items(answer ?? await api.communities(date)).map(community);
    if (mine !== requested) return; // a later move of the slider won
    drawMarkers(cluster, rows);
    drawList(list, rows);
    mapEl.dataset.asOf = date;
    mapEl.dataset.ready = 'true';
  }

  const earliest = items(first).map(community).map((c) => c.since).filter(isIsoDate).sort()[0];
  const minDay = Math.min(toDay(asOf) - 365, earliest ? toDay(earliest) - 90 : Infinity, sliderMin ?? Infinity);
  sliderMin = minDay;
  slider.min = String(minDay);
  slider.max = String(toDay(today()));
  dateInput.min = fromDay(minDay);
  dateInput.max = today();

  let timer = null;
  on(slider, 'input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => draw(fromDay(Number(slider.value))), 120);
  });
  on(dateInput, 'change', () => isIsoDate(dateInput.value) && draw(dateInput.value));
  on(prev, 'click', () => draw(fromDay(toDay(current) - 1)));
  on(next, 'click', () => draw(fromDay(Math.min(toDay(current) + 1, toDay(today())))));
  await draw(asOf, first);
  return () => map.remove();
}

async function drawBoundaries(map) {
  const [a1, a2, a0] = await Promise.all([geo('syr_admin1'), geo('syr_admin2'), geo('syr_admin0')]);
  const name = (f) => (currentLang() === 'ar' ? f.properties.name_ar : f.properties.name_en);
  const districts = L.geoJSON(a2, { style: { className: 'admin2', color: '#8a8a8a', weight: 0.6, fill: false }, interactive: false });
  L.geoJSON(a0, { style: { className: 'admin0', color: '#444', weight: 2, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false }).addTo(map);
  districts.addTo(map);
  L.geoJSON(a1, {
    style: { className: 'admin1', color: '#555', weight: 1.2, fill: false },
    onEachFeature: (f, layer) => layer.bindTooltip(h('span', {}, name(f)), { sticky: true, className: 'admin-tip' }),
  }).addTo(map);
  // Governorate names as quiet labels at each governorate's largest polygon's centre.
  L.layerGroup(a1.features.map((f) => L.marker(labelPoint(f), {
    icon: L.divIcon({ className: 'admin-label', html: h('span', {}, name(f)), iconSize: null }), interactive: false, keyboard: false,
  }))).addTo(map);
  const toggle = () => (map.getZoom() >= 8 ? districts.setStyle({ weight: 0.9 }) : districts.setStyle({ weight: 0.5 }));
  map.on('zoomend', toggle);
}

function labelPoint(feature) {
  const polygons = feature.geometry.coordinates;
  const outer = polygons.map((p) => p[0]).sort((a, b) => b.length - a.length)[0];
  const lons = outer.map((c) => c[0]);
  const lats = outer.map((c) => c[1]);
  return [(Math.min(...lats) + Math.max(...lats)) / 2, (Math.min(...lons) + Math.max(...lons)) / 2];
}

function clusterIcon(cluster) {
  const worst = cluster.getAllChildMarkers().map((m) => m.options.level).sort((a, b) => severity(b) - severity(a))[0];
  return L.divIcon({
    html: h('span', { class: 'cluster-count' }, String(cluster.getChildCount())),
    className: `cluster level-${worst}`,
    iconSize: L.point(34, 34),
  });
}

function drawMarkers(cluster, rows) {
  cluster.clearLayers();
  const alerted = alertedPlaces();
  for (const c of rows) {
    if (!Number.isFinite(c.place.lat) || !Number.isFinite(c.place.lon)) continue;
    const marker = L.circleMarker([c.place.lat, c.place.lon], {
      level: c.level, radius: alerted.has(c.place.id) ? 11 : 9, color: '#1b1b1b', weight: alerted.has(c.place.id) ? 3 : 1.5,
      fillColor: levelColour(c.level), fillOpacity: 0.95, className: `community level-${c.level}`,
    });
    marker.bindTooltip(h('span', {}, bdi(placeName(c.place)), ' · ', t(`level.${c.level}`)), { direction: 'top' });
    marker.on('add', () => {
      const el = marker.getElement();
      el.setAttribute('data-place', c.place.id);
      el.setAttribute('data-level', c.level);
    });
    marker.on('click', () => { location.hash = `#/community/${encodeURIComponent(c.place.id)}`; });
    cluster.addLayer(marker);
  }
}

function drawList(list, rows) {
  clear(list);
  const alerted = alertedPlaces();
  const sorted = [...rows].sort((a, b) => severity(b.level) - severity(a.level) || placeName(a.place).localeCompare(placeName(b.place)));
  if (sorted.length === 0) list.append(h('li', { class: 'muted' }, t('map.none')));
  for (const c of sorted) {
    list.append(h('li', { 'data-place': c.place.id, 'data-level': c.level },
      h('span', { class: `swatch level-${c.level}`, 'aria-hidden': 'true' }),
      h('a', { href: `#/community/${encodeURIComponent(c.place.id)}`, class: 'community-link' }, bdi(placeName(c.place))),
      ' ', h('span', { class: 'level-name' }, t(`level.${c.level}`)),
      c.since ? h('span', { class: 'muted' }, ` ${t('community.since')} `, h('span', { dir: 'ltr' }, c.since)) : null,
      alerted.has(c.place.id) ? h('span', { class: 'alert-dot', title: t('alerts.new') }, '!') : null));
  }
}
