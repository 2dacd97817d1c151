// The dashboard's only door to the server: same-origin JSON under /api/v1 (docs/api.md).

const BASE = 'api/v1';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.detail ? `${body.error}: ${body.detail}` : body?.error ?? `HTTP ${status}`);
    this.status = status;
  }
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function call(method, path, params, body) {
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem('marsad.token');
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${BASE}${path}${query(params)}`, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin',
  });
  const json = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, json);
  return json;
}

const seg = encodeURIComponent;

export const api = {
  /** {items: [{community, level, from, to, indicators, disagreements, independent_sources}], as_of} */
  communities: (asOf) => call('GET', '/communities', { as_of: asOf }),
  /** {community, intervals: [...with sources], as_of, current_level} */
  community: (id) => call('GET', `/communities/${seg(id)}`),
  /** {items: [{key, report, event, review: {state, corrected}}], total, offset, limit} */
  events: (filters) => call('GET', '/events', filters),
  /** one of the items above, with review.audit */
  event: (report, event) => call('GET', `/events/${seg(report)}/${seg(event)}`),
  /** {report, text, extraction, events} */
  report: (id) => call('GET', `/reports/${seg(id)}`),
  /** state: pending, verified or rejected */
  review: (report, event, state, comment) => call('POST', `/events/${seg(report)}/${seg(event)}/review`, undefined, { state, comment }),
  correct: (report, event, field, value, comment) => call('POST', `/events/${seg(report)}/${seg(event)}/corrections`, undefined, { field, value, comment }),
  alerts: () => call('GET', '/alerts', { limit: 50 }),
};

/** The list inside a paged answer, whichever key the server uses for it. */
export function items(page) {
  if (Array.isArray(page)) return page;
  return page?.items ?? [];
}

export function alertStreamUrl() {
  return `${BASE}/alerts/stream`;
}
