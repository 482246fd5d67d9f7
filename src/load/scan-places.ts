import type { Position } from '../types.js';

/** Where a document and its duties start, read off the text when the layout allows it. */
export interface DocumentPlaces {
  root?: Position;
  /** One position per duty, in order; absent when the layout was not the plain block one. */
  duties?: Position[];
}

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const HASH = 0x23;
const DASH = 0x2d;

interface Line {
  start: number;
  end: number;
  /** Offset of the first character that is not a space or tab; `end` when there is none. */
  first: number;
}

/**
 * A fast pass over the text that finds where each document and each item of its block
 * `duties:` list starts, so that the common findings need no second parse for their place.
 * It trusts only what it can count: when the number of items it finds differs from what
 * the parser read (flow style, unusual layout), it gives nothing and the exact, slower
 * locator is used instead. It walks the text in place, allocating nothing per line.
 */
export function scanPlaces(input: string, dutyCounts: ReadonlyArray<number | undefined>): DocumentPlaces[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const out: DocumentPlaces[] = dutyCounts.map(() => ({}));
  let doc = -1;
  let lineNo = 0;
  // Per document: waiting for its first content line, then for `duties:`, then reading items.
  let state: 'root' | 'body' | 'items' | 'done' = 'root';
  let indent = -1;
  let found: Position[] = [];

  const finishItems = () => {
    if (state === 'items' && doc >= 0 && doc < out.length && found.length > 0 && found.length === dutyCounts[doc]) {
      out[doc]!.duties = found;
    }
    found = [];
    indent = -1;
  };

  const line: Line = { start: 0, end: 0, first: 0 };
  for (let pos = 0; pos <= text.length; lineNo++) {
    const nl = text.indexOf('\n', pos);
    line.start = pos;
    line.end = nl < 0 ? text.length : nl;
    if (line.end > line.start && text.charCodeAt(line.end - 1) === CR) line.end--;
    let f = line.start;
    while (f < line.end && (text.charCodeAt(f) === SPACE || text.charCodeAt(f) === TAB)) f++;
    line.first = f;
    pos = nl < 0 ? text.length + 1 : nl + 1;

    const blank = f === line.end || text.charCodeAt(f) === HASH;
    if (isDocStart(text, line)) {
      finishItems();
      // A `---` before any content opens the first document; later ones open the next.
      doc = doc < 0 ? 0 : doc + 1;
      state = 'root';
      continue;
    }
    if (blank) continue;
    if (doc < 0) {
      if (text.charCodeAt(line.start) === 0x25 /* % directive */) continue;
      doc = 0;
    }
    if (doc >= out.length) break;

    if (state === 'root') {
      out[doc]!.root = { line: lineNo + 1, column: f - line.start + 1 };
      state = 'body';
    }
    if (state === 'body') {
      if (f === line.start && text.startsWith('duties:', f) && restIsBlank(text, f + 7, line.end)) state = 'items';
      continue;
    }
    if (state !== 'items') continue;
    const col = f - line.start;
    const item = text.charCodeAt(f) === DASH && isSpace(text.charCodeAt(f + 1)) && f + 1 < line.end;
    if (indent < 0) {
      if (!item) {
        state = 'done';
        continue;
      }
      indent = col;
    }
    if (item && col === indent) {
      let k = f + 1;
      while (k < line.end && isSpace(text.charCodeAt(k))) k++;
      if (k === line.end || text.charCodeAt(k) === HASH) {
        found = []; // `- # comment` or a bare dash: the item starts elsewhere
        state = 'done';
        continue;
      }
      found.push({ line: lineNo + 1, column: k - line.start + 1 });
      continue;
    }
    // A line at the list's indentation that is not an item ends the list.
    if (col <= indent) {
      finishItems();
      state = 'done';
    }
  }
  finishItems();
  return out;
}

function isDocStart(text: string, line: Line): boolean {
  return line.end - line.start >= 3 && text.startsWith('---', line.start) &&
    (line.end - line.start === 3 || isSpace(text.charCodeAt(line.start + 3)));
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB;
}

function restIsBlank(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i === to || text.charCodeAt(i) === HASH;
}
