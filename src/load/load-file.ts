import { createHash } from 'node:crypto';
import leven from 'leven';
import { EncodingError } from './decode.js';
import { extractDeclaration } from './extract.js';
import { schemaIssueKey } from '../schema/identity.js';
import { validateDocument, type SchemaIssue } from '../schema/validate.js';
import type { Declaration, MessageData, Position, RawFinding } from '../types.js';
import { childPointer } from '../pointer.js';
import { parseYaml, parseYamlWithPositions } from './parse.js';
import { scanPlaces } from './scan-places.js';
import { append } from '../arrays.js';

/** One duty file, read: its declarations and the findings that need nothing beyond the file. */
export interface FileResult {
  file: string;
  decls: Declaration[];
  findings: RawFinding[];
  /** contentKey of the text loaded, when asked for (LoadAllOptions.keys). */
  key?: string;
  /** The result as packBytes made it, when asked for (LoadAllOptions.keys): for the cache to store as it is. */
  packed?: Buffer;
  /**
   * Valid YAML that declares no department or division (a docker-compose.yaml, a CI file):
   * no document has `kind: department|division`, nor `duties`. A folder scan leaves it out.
   */
  notDuty?: true;
}

/**
 * What the cache knows a file's content by: a hash of its path and its text, never of file
 * times, so that it holds across checkouts and clock changes.
 */
export function contentKey(file: string, text: string): string {
  return createHash('sha256').update(file).update('\u0000').update(text).digest('base64');
}

/** Time spent in each step of loading, in ms, summed over files (and over threads). */
export interface LoadWork {
  read: number;
  parse: number;
  validate: number;
  extract: number;
}

export function emptyLoadWork(): LoadWork {
  return { read: 0, parse: 0, validate: 0, extract: 0 };
}

/**
 * Whether a YAML document is meant as a duty file's: a department or division, one under a
 * mistyped kind (`departmen`, `Division`) or with `duties`, or a list of such (a schema
 * error to report). A Kubernetes `kind: Deployment` or a docker-compose file is not.
 */
function declaresDuties(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(declaresDuties);
  // Keys written with a full-width colon (`kind：department`) make the document one text: a schema error to report.
  if (typeof value === 'string') return /(?:^|\s)(?:kind|duties)[ \t]*：/.test(value);
  if (typeof value !== 'object' || value === null) return false;
  const { kind, duties } = value as { kind?: unknown; duties?: unknown };
  return duties !== undefined || (typeof kind === 'string' && ['department', 'division'].some((k) => leven(kind.toLowerCase(), k) <= 2));
}

/** Parse, validate and extract one file. Pure and self-contained, so it can run in a worker. */
export function loadFile(file: string, text: string, work: LoadWork = emptyLoadWork()): FileResult {
  let t = performance.now();
  const parsed = parseYaml(text, file);
  work.parse += performance.now() - t;
  const decls: Declaration[] = [];
  // A broken document costs only itself: the others are still read.
  const findings = parsed.errors.map(({ doc, line, column, code, data }) =>
    unreadable(file, doc, code ? `yaml-syntax.${code}` : 'yaml-syntax', data, { line, column }));
  const invalid: Array<{ doc: number; value: unknown; issues: SchemaIssue[] }> = [];
  t = performance.now();
  const places = scanPlaces(text, parsed.values.map(dutyCount));
  work.extract += performance.now() - t;
  // Anchors make aliases possible, and aliases can make a small file expand exponentially.
  const mayExplode = text.includes('&');
  parsed.values.forEach((value, doc) => {
    if (value === null || value === undefined) return; // an empty document (a trailing `---`), or a broken one
    if (mayExplode && expandedSize(value) > MAX_NODES) {
      findings.push(unreadable(file, doc, 'yaml-syntax.alias-bomb', { limit: MAX_NODES }, places[doc]?.root));
      return;
    }
    t = performance.now();
    const issues = validateDocument(value);
    work.validate += performance.now() - t;
    if (issues.length > 0) invalid.push({ doc, value, issues });
    // A bad duty costs only itself: its department is still linted with its other duties.
    const badDuties = new Set<number>();
    let usable = true;
    for (const issue of issues) {
      const m = /^\/duties\/(\d+)(\/|$)/.exec(issue.pointer);
      if (m) badDuties.add(Number(m[1]));
      else usable = false;
    }
    t = performance.now();
    if (usable) decls.push(extractDeclaration(value, file, doc, places[doc], badDuties));
    work.extract += performance.now() - t;
  });
  if (invalid.length > 0) append(findings, schemaFindings(file, text, invalid));
  // A file with a syntax error is reported, whatever it is.
  return { file, decls, findings, ...(!parsed.ok || parsed.values.some(declaresDuties) ? {} : { notDuty: true as const }) };
}

/** Schema findings, placed at the offending node: only files with such findings pay for positions. */
function schemaFindings(file: string, text: string, invalid: Array<{ doc: number; value: unknown; issues: SchemaIssue[] }>): RawFinding[] {
  const withPositions = parseYamlWithPositions(text, file);
  const positions = withPositions.ok ? withPositions.positions : [];
  return invalid.flatMap(({ doc, value, issues }) => issues.map((issue): RawFinding => {
    const pointer = issue.key === undefined ? issue.pointer : childPointer(issue.pointer, issue.key);
    return {
      rule: 'schema',
      messageId: issue.messageId,
      data: issue.data,
      loc: { file, doc, pointer },
      position: positions[doc]?.locate(issue.pointer, issue.key) ?? { line: 1, column: 1 },
      key: schemaIssueKey(file, doc, value, issue),
    };
  }));
}

/** More nodes than any real duty document has: beyond this, aliases are being abused. */
const MAX_NODES = 1_000_000;

/**
 * How many nodes a document has once its aliases are expanded, counted without expanding
 * them (each shared node is sized once), and stopping as soon as the limit is passed.
 */
function expandedSize(root: unknown): number {
  const sizes = new Map<object, number>();
  const size = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, Infinity); // a cycle counts as too big
    let total = 1;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      total += size(child);
      if (total > MAX_NODES) break;
    }
    sizes.set(node, total);
    return total;
  };
  return size(root);
}

function dutyCount(value: unknown): number | undefined {
  const duties = (value as { duties?: unknown } | null)?.duties;
  return Array.isArray(duties) ? duties.length : undefined;
}

/** A file that could not be read: reported under yaml-syntax, since its content is unknown. */
export function readFailure(file: string, err: unknown): FileResult {
  if (err instanceof EncodingError) {
    const { guess, byte, line, column } = err.problem;
    const finding = guess === undefined
      ? unreadable(file, 0, 'yaml-syntax.not-utf8', { byte }, { line, column })
      : unreadable(file, 0, 'yaml-syntax.encoding', { encoding: guess, byte }, { line, column });
    return { file, decls: [], findings: [finding] };
  }
  const reason = (err as NodeJS.ErrnoException).code ?? String(err);
  return { file, decls: [], findings: [unreadable(file, 0, 'read-failed', { path: file, reason })] };
}

/** A yaml-syntax finding: a file or document that could not be read as duty data. */
function unreadable(file: string, doc: number, messageId: string, data: MessageData, position: Position = { line: 1, column: 1 }): RawFinding {
  return { rule: 'yaml-syntax', messageId, data, loc: { file, doc, pointer: '' }, position };
}
