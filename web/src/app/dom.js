// The one way the dashboard builds DOM: elements with attributes and children, every text as a
// text node. Nothing here ever parses a string as HTML, so a report's text cannot become markup.

const SAFE_ATTR = /^(class|id|href|title|lang|dir|role|tabindex|type|name|value|min|max|step|for|placeholder|autocomplete|disabled|checked|selected|colspan|scope|aria-[a-z]+|data-[a-z-]+)$/;

/** Element `tag` with `attrs` (a safe subset; `href` only to our own '#/' routes) and children. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (!SAFE_ATTR.test(k)) throw new Error(`attribute not allowed: ${k}`);
    if (k === 'href' && !String(v).startsWith('#')) throw new Error(`only internal links: ${v}`);
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/** Appends children: nodes as they are, anything else as text. */
export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// Explicit bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from a report as nodes, with each explicit bidi control shown as a visible mark instead
 * of acting: an override in a report must not reorder what the reader sees.
 */
export function reportText(text) {
  const s = String(text ?? '');
  const out = [];
  let last = 0;
  for (const m of s.matchAll(BIDI_CONTROLS)) {
    if (m.index > last) out.push(document.createTextNode(s.slice(last, m.index)));
    const code = m[0].codePointAt(0).toString(16).toUpperCase();
    out.push(h('span', { class: 'bidi-control', title: `U+${code}` }, `⟦U+${code}⟧`));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(document.createTextNode(s.slice(last)));
  return out;
}

/** Text from a report, isolated for bidi so that its direction cannot leak into the page. */
export function bdi(text, cls) {
  return h('bdi', cls ? { class: cls } : {}, reportText(text));
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function on(el, type, fn) {
  el.addEventListener(type, fn);
  return el;
}
