import type { Position } from '../types.js';

/**
 * The YAML syntax errors duty-lint recognises, each told in the user's language with its
 * likely fix (messages `yaml-syntax.<code>`); any other is given in the parser's words.
 */
export type YamlErrorCode =
  | 'indent-mapping' | 'indent-sequence' | 'colon-in-value' | 'tab' | 'unclosed-quote' | 'duplicate-key'
  | 'fullwidth-colon' | 'colon-space' | 'missing-colon' | 'unexpected-content' | 'flow-comma' | 'flow-unclosed'
  | 'null-byte' | 'control-character' | 'lone-surrogate' | 'unknown-alias' | 'escape' | 'unknown-tag' | 'too-deep';

/** A syntax error of one document of a YAML stream. */
export interface YamlError extends Position {
  /** The document it is in (its place among the file's documents). */
  doc: number;
  code?: YamlErrorCode;
  /** `reason` (the parser's words), and what the message of `code` names. */
  data: { reason: string } & Record<string, string>;
}

/** Lines where the key of the mapping entry is followed by a full-width colon (`title：负责…`). */
const FULLWIDTH_KEY = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w.-]*)[ \t]*：/;
/** …or by an ASCII colon with no space after it (`title:负责…`), which YAML reads as one word. */
const NO_SPACE_KEY = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w.-]*):(?=[^\s:/])/;
/** A line that holds a `key: value` pair, or a key alone: the end of a run of lines that make one plain text. */
const PAIR = /:(?:[ \t]|$)/;
// eslint-disable-next-line no-control-regex -- control characters are what it finds (js-yaml's own list)
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

/**
 * What a js-yaml error is, and where to point: for some, the parser stops after the
 * mistake (on the line after a key with a full-width colon; at the end of the file for an
 * unclosed quote), and the place shown is the mistake's own. `input` is the text the parser
 * read (without a byte order mark) and `offset` where it stopped.
 */
export function describeYamlError(input: string, reason: string, offset: number): Omit<YamlError, 'doc'> {
  const at = (code: YamlErrorCode | undefined, place: number, data: Record<string, string> = {}) =>
    ({ ...placeOf(input, place), ...(code ? { code } : {}), data: { reason, ...data } });
  const suspect = () => {
    const found = misplacedColon(input, offset);
    return found && at(found.code, found.colon, { key: found.key });
  };

  if (reason.startsWith('bad indentation of a mapping entry')) {
    // `title: a: b`: the parser takes `a:` for a second key, wrongly indented.
    if (input[offset] === ':' && PAIR.test(input.slice(lineStart(input, offset), offset))) return at('colon-in-value', offset);
    // The parser stops at the colon after the key: the key is what is misplaced.
    return suspect() ?? at('indent-mapping', firstOnLine(input, offset));
  }
  if (reason.startsWith('bad indentation of a sequence entry')) return suspect() ?? at('indent-sequence', offset);
  if (reason.startsWith('can not read a block mapping entry') || reason.startsWith('can not read an implicit mapping pair')) {
    return suspect() ?? at('missing-colon', lineWithoutColon(input, offset));
  }
  if (reason.startsWith('end of the stream or a document separator is expected')) return suspect() ?? at('unexpected-content', offset);
  if (reason.startsWith('tab characters must not be used')) return at('tab', offset);
  const quote = /within a (double|single) quoted scalar/.exec(reason);
  if (quote) {
    const mark = quote[1] === 'double' ? '"' : '\'';
    return at('unclosed-quote', openingQuote(input, offset, mark), { quote: mark });
  }
  if (reason.startsWith('duplicated mapping key')) {
    const key = /^(.*?)[ \t]*:/.exec(input.slice(offset, lineEnd(input, offset)))?.[1];
    return at('duplicate-key', offset, { key: key ?? '' });
  }
  if (reason.startsWith('missed comma between flow collection entries')) return at('flow-comma', offset);
  if (reason.startsWith('unexpected end of the stream within a flow collection')) return at('flow-unclosed', openingBracket(input, offset));
  if (reason.startsWith('null byte is not allowed')) return at('null-byte', offset);
  if (reason.startsWith('the stream contains non-printable characters')) {
    // The parser stops at the end of the text holding the character: point at the character.
    const i = nonPrintableBefore(input, offset);
    const c = input.charCodeAt(i);
    return at(c >= 0xd800 && c <= 0xdfff ? 'lone-surrogate' : 'control-character', i, { code: `U+${c.toString(16).toUpperCase().padStart(4, '0')}` });
  }
  const alias = /^unidentified alias "(.*)"/.exec(reason);
  if (alias) return at('unknown-alias', offset, { name: alias[1]! });
  const tag = /^unknown tag !<(.*)>/.exec(reason);
  if (tag) {
    const full = tag[1]!;
    // As written: !!name for YAML's own tags, !name for a local one, !<…> for any.
    const own = /^tag:yaml\.org,2002:(.*)/.exec(full);
    const short = full.startsWith('!') ? full : own ? `!!${own[1]}` : `!<${full}>`;
    // The parser stops after the tagged value: point at the tag.
    const place = Math.max(...[short, `!<${full}>`].map((s) => input.lastIndexOf(s, offset)));
    return at('unknown-tag', place >= 0 ? place : offset, { tag: short });
  }
  const depth = /^nesting exceeded maxDepth \((\d+)\)/.exec(reason);
  if (depth) return at('too-deep', offset, { depth: depth[1]! });
  if (reason.startsWith('unknown escape sequence')) return at('escape', offset - 1, { sequence: input.slice(offset - 1, offset + 1) });
  return at(undefined, offset);
}

/** The last character at or before `offset` that YAML does not allow: a control character, or half a surrogate pair. */
function nonPrintableBefore(input: string, offset: number): number {
  for (let i = Math.min(offset, input.length - 1); i >= 0; i--) {
    const c = input.charCodeAt(i);
    if (NON_PRINTABLE.test(input[i]!)) return i;
    if (c >= 0xd800 && c <= 0xdbff && !(input.charCodeAt(i + 1) >= 0xdc00 && input.charCodeAt(i + 1) <= 0xdfff)) return i;
    if (c >= 0xdc00 && c <= 0xdfff && !(input.charCodeAt(i - 1) >= 0xd800 && input.charCodeAt(i - 1) <= 0xdbff)) return i;
  }
  return offset;
}

function lineStart(input: string, offset: number): number {
  return offset === 0 ? 0 : input.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(input: string, offset: number): number {
  const end = input.indexOf('\n', offset);
  return end < 0 ? input.length : end;
}

function placeOf(input: string, offset: number): Position {
  let line = 1;
  for (let i = input.indexOf('\n'); i >= 0 && i < offset; i = input.indexOf('\n', i + 1)) line++;
  return { line, column: offset - lineStart(input, offset) + 1 };
}

/**
 * The lines that may hold the mistake: the one the parser stopped on, and the lines above
 * it that the parser read as one plain text with it (they hold no `key: `), nearest first.
 */
function suspectLines(input: string, offset: number): number[] {
  const starts = [lineStart(input, offset)];
  for (let start = starts[0]!; start > 0 && starts.length < 20;) {
    start = lineStart(input, start - 1);
    const line = input.slice(start, lineEnd(input, start));
    const blank = line.trim() === '' || line.trim().startsWith('#');
    if (!blank && PAIR.test(line)) break;
    if (!blank) starts.push(start);
  }
  return starts;
}

/** A key followed by a full-width colon, or by a colon without a space, on one of the suspect lines. */
function misplacedColon(input: string, offset: number): { code: YamlErrorCode; colon: number; key: string } | undefined {
  const lines = suspectLines(input, offset);
  for (const [code, pattern] of [['fullwidth-colon', FULLWIDTH_KEY], ['colon-space', NO_SPACE_KEY]] as const) {
    for (const start of lines) {
      const m = pattern.exec(input.slice(start, lineEnd(input, start)));
      // Both patterns end at the colon.
      if (m) return { code, colon: start + m[0].length - 1, key: m[2]! };
    }
  }
  return undefined;
}

/** The first of the lines read as one multi-line key: the one that lacks its colon. */
function lineWithoutColon(input: string, offset: number): number {
  const lines = suspectLines(input, offset);
  return firstOnLine(input, lines[lines.length - 1]!);
}

/** Where the text of the line holding `offset` starts, after its indentation. */
function firstOnLine(input: string, offset: number): number {
  let i = lineStart(input, offset);
  while (input[i] === ' ' || input[i] === '\t') i++;
  return i;
}

/** The `[` or `{` that is never closed: the last one before `offset` not closed before it. */
function openingBracket(input: string, offset: number): number {
  let depth = 0;
  for (let i = Math.min(offset, input.length) - 1; i >= 0; i--) {
    const c = input[i];
    if (c === ']' || c === '}') depth++;
    else if (c === '[' || c === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return offset;
}

/**
 * Where the quoted text that never closes opens: the last quote before `offset` that is no
 * escaped one (nothing after an opening quote closes it, or the parser would not have run on).
 */
function openingQuote(input: string, offset: number, quote: string): number {
  for (let i = Math.min(offset, input.length - 1); i >= 0; i--) {
    if (input[i] !== quote) continue;
    if (quote === '\'') {
      if (input[i - 1] === '\'') { i--; continue; }
      return i;
    }
    let slashes = 0;
    while (input[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return i;
  }
  return offset;
}
