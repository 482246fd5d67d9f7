import yaml from 'js-yaml';
import { PositionRecorder, type DocumentPositions } from './positions.js';
import { describeYamlError, type YamlError } from './yaml-errors.js';
import { append } from '../arrays.js';

export type { YamlError } from './yaml-errors.js';

export interface ParseResult {
  /** No document has a syntax error. */
  ok: boolean;
  /** One value per document; a document with a syntax error is `undefined`. */
  values: unknown[];
  /** The syntax errors, one per broken document. */
  errors: YamlError[];
}

export interface PositionsResult extends ParseResult {
  /** Where the nodes of each document are; `undefined` for a broken document. */
  positions: Array<DocumentPositions | undefined>;
}

/**
 * Parses a YAML stream with the core schema: dates and times stay strings, as duty files
 * want them. A syntax error costs only its document: the others are still read.
 */
export function parseYaml(text: string, filename: string): ParseResult {
  const { ok, values, errors } = parse(text, filename, false);
  return { ok, values, errors };
}

/** The same parse, also recording where every node starts: for the files findings point into. */
export function parseYamlWithPositions(text: string, filename: string): PositionsResult {
  return parse(text, filename, true);
}

function parse(text: string, filename: string, withPositions: boolean): PositionsResult {
  const whole = load(text, filename, withPositions);
  if (!('error' in whole)) return { ok: true, values: whole.values, errors: [], positions: whole.positions };
  // js-yaml gives up on the whole stream at its first error. Only then is each document
  // parsed alone, with as many line breaks before it as it has lines above it in the file,
  // so that places are the file's.
  const result: PositionsResult = { ok: false, values: [], errors: [], positions: [] };
  const segments = documentSegments(text);
  for (const { start, end, line } of segments.length > 1 ? segments : [{ start: 0, end: text.length, line: 0 }]) {
    const part = segments.length > 1 ? load('\n'.repeat(line) + text.slice(start, end), filename, withPositions) : whole;
    if ('error' in part) {
      result.errors.push({ doc: result.values.length, ...part.error });
      result.values.push(undefined);
      result.positions.push(undefined);
    } else {
      append(result.values, part.values);
      append(result.positions, part.positions);
    }
  }
  return result;
}

type Loaded = { values: unknown[]; positions: DocumentPositions[] } | { error: Omit<YamlError, 'doc'> };

function load(text: string, filename: string, withPositions: boolean): Loaded {
  const recorder = withPositions ? new PositionRecorder() : undefined;
  const values: unknown[] = [];
  try {
    yaml.loadAll(text, (doc) => values.push(doc), {
      schema: yaml.CORE_SCHEMA,
      filename,
      ...(recorder ? { listener: recorder.listener as never } : {}),
    });
    return { values, positions: recorder?.documents() ?? [] };
  } catch (err) {
    if (!(err instanceof yaml.YAMLException)) throw err;
    // The parser's offsets are in the text without its byte order mark.
    const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const mark = err.mark as { position?: number } | undefined;
    return { error: describeYamlError(input, err.reason || err.message, mark?.position ?? 0) };
  }
}

/**
 * Where each document of a stream starts and ends. A line that starts with `---` opens a
 * document wherever it stands (YAML forbids one inside any scalar); the first document
 * starts at the top of the file, with the comments and directives above its `---`.
 */
function documentSegments(text: string): Array<{ start: number; end: number; line: number }> {
  const starts: Array<{ start: number; line: number }> = [];
  let prologue = true;
  for (let pos = 0, line = 0; pos < text.length; line++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const rest = text.slice(pos, end).replace(/^\ufeff/, '');
    if (/^---(?:[ \t\r]|$)/.test(rest)) {
      starts.push(prologue ? { start: 0, line: 0 } : { start: pos, line });
      prologue = false;
    } else if (prologue && rest.trim() !== '' && !/^[#%]/.test(rest.trimStart())) {
      starts.push({ start: 0, line: 0 });
      prologue = false;
    }
    pos = end + 1;
  }
  return starts.map((s, i) => ({ ...s, end: starts[i + 1]?.start ?? text.length }));
}
