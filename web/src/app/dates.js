// ISO dates (YYYY-MM-DD) as day numbers, in UTC so that no time zone shifts a day.
const DAY = 86400000;

export function toDay(iso) {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function fromDay(day) {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

export function isIsoDate(s) {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(toDay(s));
}
