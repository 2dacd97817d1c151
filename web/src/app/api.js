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

export const api = {
  communities: (asOf) => call('GET', '/communities', { as_of: asOf }),
  community: (id, asOf) => call('GET', `/communities/${encodeURIComponent(id)}`, { as_of: asOf }),
  timeline: (id) => call('GET', `/communities/${encodeURIComponent(id)}/timeline`),
  events: (filters) => call('GET', '/events', filters),
  event: (id) => call('GET', `/events/${encodeURIComponent(id)}`),
  report: (id) => call('GET', `/reports/${encodeURIComponent(id)}`),
  review: (id, body) => call('POST', `/events/${encodeURIComponent(id)}/review`, undefined, body),
  audit: (id) => call('GET', `/events/${encodeURIComponent(id)}/audit`),
};

/** The list inside a paged answer, whichever key the server uses for it. */
export function items(page) {
  if (Array.isArray(page)) return page;
  return page?.items ?? page?.data ?? page?.events ?? page?.communities ?? page?.intervals ?? page?.timeline ?? [];
}

export function alertStreamUrl() {
  return `${BASE}/alerts/stream`;
}
