import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type { Position } from '../types.js';

/** Why a file's bytes are not text duty-lint reads: not UTF-8, and no `encoding` for them. */
export interface EncodingProblem extends Position {
  /** The encoding the bytes probably are in, as `encoding:` names it (gb18030, utf-16le…), when one can be told. */
  guess?: string;
  /** The first byte that is not UTF-8, in hex (`b8`). */
  byte: string;
}

export type Decoded = { text: string } | { problem: EncodingProblem };

const require = createRequire(import.meta.url);
// Loaded only for files that are not UTF-8: each costs ~15 ms of start-up, in every loader thread.
let iconvModule: typeof import('iconv-lite') | undefined;
const iconv = () => (iconvModule ??= require('iconv-lite') as typeof import('iconv-lite'));

/** Whether `encoding:` or `--encoding` names an encoding duty-lint can read. */
export function encodingExists(name: string): boolean {
  return iconv().encodingExists(name);
}

/**
 * A file's text. UTF-8 (with or without a byte order mark, which is kept, as the rest of
 * loading expects) is read as such whatever `encoding` says: a file in another encoding is
 * hardly ever valid UTF-8, so a catalogue may hold both. Other bytes are decoded with
 * `encoding` when one is given, and are otherwise a problem, placed at the first bad byte,
 * with the encoding they probably are in: never text full of U+FFFD that matches nothing.
 */
export function decodeText(bytes: Buffer, encoding?: string): Decoded {
  const utf16 = utf16Of(bytes);
  if (!utf16 && isUtf8(bytes)) return { text: bytes.toString('utf8') };
  // A UTF-16 file read as GB18030 would be text full of NUL characters.
  if (encoding !== undefined && (!utf16 || /^(utf-?16|ucs-?2)/i.test(encoding))) return { text: iconv().decode(bytes, encoding) };
  if (utf16) return { problem: { guess: utf16, byte: hex(bytes[0]!), line: 1, column: 1 } };
  const bad = firstInvalidUtf8(bytes);
  return { problem: { ...placeOf(bytes, bad), byte: hex(bytes[bad]!), ...optional(guessEncoding(bytes)) } };
}

function optional(guess: string | undefined): { guess?: string } {
  return guess === undefined ? {} : { guess };
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}

/**
 * `utf-16le` or `utf-16be` for UTF-16 text: by its byte order mark, or by the NUL bytes
 * that every ASCII character (all of YAML's syntax) has on one side.
 */
function utf16Of(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.indexOf(0) < 0) return undefined;
  const sample = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  // A stray NUL in UTF-8 text is a YAML error at its place, not another encoding.
  if (odd >= sample / 8 && even < odd / 8) return 'utf-16le';
  if (even >= sample / 8 && odd < even / 8) return 'utf-16be';
  return undefined;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const [length, low, high] = b < 0x80 ? [1, 0, 0] : b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
      : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
        : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
    if (length === 0) return i;
    // The second byte has its own range (no overlong forms, no surrogates); the others are 80–BF.
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Line and column of a byte offset, in characters as the YAML parser counts them (a byte order mark is not one). */
function placeOf(bytes: Buffer, offset: number): Position {
  // lastIndexOf counts a negative start from the end: at offset 0 the line starts at 0.
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < lineStart; i = bytes.indexOf(0x0a, i + 1)) line++;
  const before = bytes.toString('utf8', lineStart, offset).replace(/^\ufeff/, '');
  return { line, column: before.length + 1 };
}

/** Chinese characters, and the punctuation and full-width forms written with them. */
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u;

/**
 * The encoding bytes that are not UTF-8 are probably in. Duty catalogues are Chinese: bytes
 * that read as Chinese in GB18030 (which GBK and GB2312 are part of) are taken as such;
 * chardet tells Big5 from GB18030 on longer texts, and names the others (Windows-1252,
 * Shift_JIS…). On a few lines of Chinese it says ISO-8859-1, which any bytes are: hence
 * the test for Chinese first.
 */
function guessEncoding(bytes: Buffer): string | undefined {
  const chardet = require('chardet') as typeof import('chardet');
  const matches = chardet.analyse(bytes);
  const gb = iconv().decode(bytes, 'gb18030');
  const others = [...gb].filter((ch) => ch.charCodeAt(0) >= 0x80);
  if (!gb.includes('\ufffd') && others.length > 0 && others.filter((ch) => CHINESE.test(ch)).length >= others.length * 0.9) {
    const confidence = (name: string) => matches.find((m) => m.name === name)?.confidence ?? 0;
    return confidence('Big5') > confidence('GB18030') ? 'big5' : 'gb18030';
  }
  // A byte or two is more likely damage than another encoding, and too few for chardet to tell.
  const best = matches[0];
  if (!best || best.confidence < 10 || bytes.filter((b) => b >= 0x80).length < 4) return undefined;
  // chardet says ISO-8859-1 for text without the bytes 80–9F, which Windows-1252 reads the same.
  return best.name === 'ISO-8859-1' ? 'windows-1252' : best.name.toLowerCase();
}

/** Thrown by a file source for bytes that are not text: the file is reported (readFailure), as one that cannot be read. */
export class EncodingError extends Error {
  constructor(readonly problem: EncodingProblem) {
    super(`not UTF-8${problem.guess ? ` (probably ${problem.guess})` : ''}`);
    this.name = 'EncodingError';
  }
}
