import { stripVTControlCharacters } from 'node:util';
import { Chalk, type ChalkInstance } from 'chalk';
import { eastAsianWidth } from 'get-east-asian-width';
import type { Lang, Severity } from '../types.js';

/** Shared helpers of the terminal formatters. */

const ZERO_WIDTH = /[\p{Control}\p{Mark}\p{Default_Ignorable_Code_Point}]/u;

/**
 * Columns a text takes in a terminal: a CJK character two, marks and colour codes none.
 * string-width does this and more (emoji sequences), at 20 ms of start-up for its emoji
 * table: duty texts have no emoji, and every `duty-lint` call would pay it.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of stripVTControlCharacters(text)) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && cp < 0x7f) width++;
    else if (!ZERO_WIDTH.test(ch)) width += eastAsianWidth(cp);
  }
  return width;
}

/** C0 control characters but tab and line feed, DEL, and C1 control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/**
 * Text from the catalogue (titles, names, file names, messages quoting them) made safe for
 * a terminal: each control character is shown as its escape (ESC as `\x1b`), so that the
 * data can neither clear the screen, nor colour or move the text, nor pass for
 * duty-lint's own output. Apply it before painting: the colours duty-lint adds still work.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function painter(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

/** Pads to a display width: a CJK character takes two columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

export const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  en: { error: 'error', warn: 'warn', info: 'info' },
  zh: { error: '错误', warn: '警告', info: '提示' },
};

export function paintSeverity(c: ChalkInstance, severity: Severity, text: string): string {
  return severity === 'error' ? c.red(text) : severity === 'warn' ? c.yellow(text) : c.blue(text);
}

/** Punctuation that Chinese typesetting keeps off the start of a line (it hangs at the end instead)… */
const CLOSING = /^[、，。：；！？」』）》〉】…,.:;!?)\]]/u;
/** …and off the end of one (it moves down with what it opens). */
const OPENING = /[「『（《〈【([]$/u;

/**
 * Wraps text to a display width, breaking between any two characters of Chinese and at
 * spaces in English, with no line starting with a closing mark or ending with an opening one.
 */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[\x21-\x7e]+ ?|./gu) ?? []) {
    // A line that is only an opening mark keeps what it opens, over the width.
    const opensOnly = OPENING.test(line.trimEnd()) && displayWidth(line.trim()) <= 2;
    if (line !== '' && !opensOnly && !CLOSING.test(token) && displayWidth(line + token.trimEnd()) > width) {
      const open = OPENING.exec(line.trimEnd());
      const kept = open && open.index > 0 ? line.trimEnd().slice(0, open.index) : line;
      lines.push(kept.trimEnd());
      line = line.slice(kept.length).trimStart();
    }
    // A space that falls at a break is the break.
    if (line !== '' || token.trim() !== '') line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.join('\n');
}

/** cli-table3 styling: bold headings and grey borders in colour, plain text without. */
export function tableStyle(color: boolean) {
  return { head: color ? ['bold'] : [], border: color ? ['grey'] : [] };
}
