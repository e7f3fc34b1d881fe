// The report's order compares text by UTF-16 code units, not localeCompare: the order must not depend
// on the machine's locale (a CI runner and a laptop print the same report), and the first
// localeCompare in a process loads ICU's collation data, a cost a one-shot CLI run pays in full.

/** Orders two strings by their UTF-16 code units (as Array.prototype.sort does by default). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
