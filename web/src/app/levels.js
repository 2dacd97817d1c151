// Level colours: one place so the map, the legend, the timeline and the tests agree.
// Chosen to stay apart for the common colour-vision deficiencies (the level name is always
// written beside the colour too).
export const LEVEL_COLOURS = {
  NONE: '#9e9e9e',
  WATCH: '#e6b800',
  PARTIAL_SIEGE: '#e8731a',
  FULL_SIEGE: '#b3001b',
  LIFTED: '#2a7ab0',
};

export function levelColour(level) {
  return LEVEL_COLOURS[level] ?? LEVEL_COLOURS.NONE;
}

const SEVERITY = { NONE: 0, LIFTED: 1, WATCH: 2, PARTIAL_SIEGE: 3, FULL_SIEGE: 4 };

export function severity(level) {
  return SEVERITY[level] ?? 0;
}
