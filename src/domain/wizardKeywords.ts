/**
 * The wizard's keyword matching, shared by the destination's category and the skills it picks:
 * lower-case words without filler, crudely stemmed so "mentoring" meets "mentor".
 */
const STOP = new Set(
  `the and for with from into our your their you this that these those will want would like get
  make more better improve learn about across per than can how what when who its are was were been being have has
  had not all any some each every also very just work become good great new`.split(/\s+/),
);
const stem = (w: string): string =>
  w.length > 4 && !w.endsWith('ss') ? w.replace(/(ing|ed|es|s|e)$/, '').replace(/([b-df-hj-np-tv-z])\1$/, '$1') : w;
export const keywords = (text: string): { word: string; stem: string }[] =>
  (text.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .filter((w) => w.length >= 3 && !STOP.has(w))
    .map((word) => ({ word, stem: stem(word) }));
export const stemsOf = (text: string): Set<string> => new Set(keywords(text).map((k) => k.stem));
/** "Node.js" → " node js ", so a stack term matches inside any text by whole words. */
export const norm = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()} `;
