import type { Position } from '../types.js';

/** Where a document and its duties start, read off the text when the layout allows it. */
export interface DocumentPlaces {
  root?: Position;
  /** One position per duty, in order; absent when the layout was not the plain block one. */
  duties?: Position[];
}

const DOC_START = /^---(\s|$)/;
const BLANK_OR_COMMENT = /^\s*(#.*)?$/;

/**
 * A fast pass over the text that finds where each document and each item of its block
 * `duties:` list starts, so that the common findings need no second parse for their place.
 * It trusts only what it can count: when the number of items it finds differs from what
 * the parser read (flow style, unusual layout), it gives nothing and the exact, slower
 * locator is used instead.
 */
export function scanPlaces(text: string, dutyCounts: ReadonlyArray<number | undefined>): DocumentPlaces[] {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  const docs: Array<{ first: number; last: number }> = [];
  let current: { first: number; last: number } | undefined;
  let sawContent = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (DOC_START.test(line)) {
      if (current && (sawContent || docs.length > 0)) docs.push(current);
      current = { first: i + 1, last: lines.length - 1 };
      sawContent = false;
      continue;
    }
    if (line.startsWith('%') && !sawContent) continue; // directives
    current ??= { first: i, last: lines.length - 1 };
    if (!BLANK_OR_COMMENT.test(line)) sawContent = true;
    current.last = i;
  }
  if (current && sawContent) docs.push(current);

  return dutyCounts.map((count, d) => {
    const range = docs[d];
    if (!range) return {};
    const places: DocumentPlaces = {};
    let i = range.first;
    while (i <= range.last && BLANK_OR_COMMENT.test(lines[i]!)) i++;
    if (i <= range.last) places.root = { line: i + 1, column: lines[i]!.search(/\S/) + 1 };
    if (count !== undefined && count > 0) {
      const duties = scanDuties(lines, i, range.last);
      if (duties.length === count) places.duties = duties;
    }
    return places;
  });
}

function scanDuties(lines: string[], from: number, to: number): Position[] {
  let i = from;
  while (i <= to && !/^duties:\s*(#.*)?\r?$/.test(lines[i]!)) i++;
  const found: Position[] = [];
  let indent = -1;
  for (i++; i <= to; i++) {
    const line = lines[i]!;
    if (BLANK_OR_COMMENT.test(line)) continue;
    const m = /^( *)-( +)(\S)/.exec(line);
    if (indent < 0) {
      if (!m) return [];
      indent = m[1]!.length;
    }
    if (m && m[1]!.length === indent) {
      if (m[3] === '#') return []; // `- # comment`: the item starts elsewhere
      found.push({ line: i + 1, column: indent + 1 + m[2]!.length + 1 });
      continue;
    }
    // A line at the list's indentation that is not an item ends the list.
    if (line.search(/\S/) <= indent) break;
  }
  return found;
}
