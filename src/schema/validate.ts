import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import leven from 'leven';
import { append } from '../arrays.js';
import { packageRoot } from '../package-root.js';
import { pointerSegments } from '../pointer.js';
import { AJV_OPTIONS } from './ajv-options.js';

/** A schema violation, in the words a person reads, placed at a JSON pointer. */
export interface SchemaIssue {
  messageId: string;
  data: Record<string, string | number | string[]>;
  pointer: string;
  /** Set when the issue is about a key of the mapping at `pointer` (an unknown field). */
  key?: string;
}

export const SCHEMA_NAMES = ['department', 'division', 'config'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];
/** The schemas a validator is compiled for: the files' own, and a department's duty alone. */
type ValidatorName = SchemaName | 'duty';
/** The duty schema inside the department schema, validated on its own (see validate()). */
export const DUTY_SCHEMA_REF = 'https://duty-lint.dev/schemas/department.schema.json#/definitions/duty';

const KINDS = ['department', 'division'] as const;
let ajv: Ajv | undefined;
const validators = new Map<ValidatorName, ValidateFunction>();

export function loadSchema(name: SchemaName): object {
  return JSON.parse(readFileSync(join(packageRoot, 'schemas', `${name}.schema.json`), 'utf8')) as object;
}

const PRECOMPILED = join(packageRoot, 'dist', 'validators.cjs');
const require = createRequire(import.meta.url);

function validator(name: ValidatorName): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    // Compiled at build time when there is a build; compiled here otherwise (tests from sources).
    // ajv itself is loaded only then: it is most of the start-up time of every loader thread.
    const precompiled = existsSync(PRECOMPILED)
      ? (require(PRECOMPILED) as Record<ValidatorName, ValidateFunction>)[name]
      : undefined;
    v = precompiled ?? compileNow(name);
    validators.set(name, v);
  }
  return v;
}

function compileNow(name: ValidatorName): ValidateFunction {
  if (!ajv) {
    ajv = new (require('ajv') as typeof import('ajv')).Ajv(AJV_OPTIONS);
    for (const schema of SCHEMA_NAMES) ajv.addSchema(loadSchema(schema), schema);
  }
  return ajv.getSchema(name === 'duty' ? DUTY_SCHEMA_REF : name)!;
}

/** Validates one YAML document of a duty file: its kind first, then the schema of that kind. */
export function validateDocument(value: unknown): SchemaIssue[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [fullwidthColon('(document)', value, '') ?? { messageId: 'schema.not-mapping', data: { got: describe(value) }, pointer: '' }];
  }
  const kind = (value as { kind?: unknown }).kind;
  if (!KINDS.includes(kind as (typeof KINDS)[number])) {
    return kind === undefined
      ? [{ messageId: 'schema.required', data: { path: '(document)', field: 'kind' }, pointer: '' }]
      : [{ messageId: 'schema.enum', data: { path: 'kind', allowed: [...KINDS], got: describe(kind) }, pointer: '/kind' }];
  }
  return validate(kind as SchemaName, value);
}

export function validate(name: SchemaName, value: unknown): SchemaIssue[] {
  const duties = name === 'department' ? (value as { duties?: unknown }).duties : undefined;
  if (!Array.isArray(duties)) return check(name, value, value);
  // The department without its duties, then duty by duty: in one pass ajv copies the errors
  // gathered so far at each bad duty and simplify() compares every error with every other,
  // both quadratic in a file of 100,000 bad duties.
  const department = value as Record<string, unknown>;
  const issues = check('department', { ...department, duties: [] }, value);
  duties.forEach((duty: unknown, i) => {
    append(issues, check('duty', duty, value, { instancePath: `/duties/${i}`, parentData: duties, parentDataProperty: i, rootData: department, dynamicAnchors: {} }));
  });
  return issues;
}

function check(name: ValidatorName, data: unknown, root: unknown, at?: Parameters<ValidateFunction>[1]): SchemaIssue[] {
  const v = validator(name);
  if (v(data, at)) return [];
  return simplify(v.errors ?? []).map((e) => toIssue(e, root));
}

/** oneOf/anyOf failures repeat what their branches said; keep the branch errors that explain most. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  const seen = new Set<string>();
  const empty = new Set(errors.filter((e) => e.keyword === 'minLength').map((e) => e.instancePath));
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    // A wrong-type branch of a oneOf is noise when a sibling branch reports something more specific.
    if (e.keyword === 'type' && e.schemaPath.includes('/oneOf/') &&
        errors.some((o) => o !== e && o.instancePath.startsWith(e.instancePath) && o.schemaPath.includes('/oneOf/') && o.keyword !== 'type')) continue;
    // So is a severity branch's "must be one of" when the value is the object form and the
    // object branch says what is wrong inside it (rules: { mandate-gap: { threshold: … } }).
    if (e.keyword === 'enum' && errors.some((o) => o !== e && o.instancePath.startsWith(e.instancePath) && (o.instancePath !== e.instancePath ||
          (o.schemaPath.includes('/oneOf/') && o.keyword !== 'enum' && o.keyword !== 'type')))) continue;
    // An empty text breaks both minLength and the not-blank pattern: "must not be empty" says it.
    if (isBlankPattern(e) && empty.has(e.instancePath)) continue;
    const id = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(e);
  }
  return out;
}

function toIssue(e: ErrorObject, root: unknown): SchemaIssue {
  const pointer = e.instancePath;
  const path = humanPath(pointer);
  const got = describe(valueAt(root, pointer));
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { messageId: 'schema.required', data: { path, field: String(p.missingProperty) }, pointer };
    case 'additionalProperties': {
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const field = String(p.additionalProperty);
      const suggestion = nearest(field, allowed);
      return suggestion === undefined
        ? { messageId: 'schema.unknown-field', data: { path, field, allowed }, pointer, key: field }
        : { messageId: 'schema.unknown-field.suggest', data: { path, field, allowed, suggestion }, pointer, key: field };
    }
    case 'enum':
      return { messageId: 'schema.enum', data: { path, allowed: (p.allowedValues as unknown[]).map(String), got }, pointer };
    case 'const':
      return { messageId: 'schema.enum', data: { path, allowed: String(p.allowedValue), got }, pointer };
    case 'type':
      if (p.type === 'object') {
        const found = fullwidthColon(path, valueAt(root, pointer), pointer);
        if (found) return found;
      }
      return { messageId: 'schema.type', data: { path, type: String(p.type), got }, pointer };
    case 'pattern':
      if (isBlankPattern(e)) return { messageId: 'schema.blank', data: { path, spaces: spacesOf(valueAt(root, pointer)) }, pointer };
      return { messageId: 'schema.pattern', data: { path, pattern: String(p.pattern), got }, pointer };
    case 'minLength':
      return { messageId: 'schema.empty', data: { path }, pointer };
    case 'minItems':
      return { messageId: 'schema.min-items', data: { path, limit: Number(p.limit) }, pointer };
    case 'minimum':
    case 'maximum':
      return { messageId: 'schema.range', data: { path, comparison: String(p.comparison), limit: Number(p.limit), got }, pointer };
    default:
      return { messageId: 'schema.other', data: { path, reason: e.message ?? e.keyword }, pointer };
  }
}

/** The schemas' pattern for text that must not be blank (white space alone, U+3000 included). */
const BLANK_PATTERN = '\\S';

function isBlankPattern(e: ErrorObject): boolean {
  return e.keyword === 'pattern' && (e.params as { pattern?: unknown }).pattern === BLANK_PATTERN;
}

/** The white space a blank text holds, by code point (U+3000, U+00A0), which no terminal shows. */
function spacesOf(value: unknown): string[] {
  const text = typeof value === 'string' ? value : '';
  return [...new Set(text)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * The allowed field a mistyped one is probably meant as (`mandat`, `Title`, `short-name`):
 * the nearest by edit distance, when it is near enough for its length and no other is as near.
 */
function nearest(field: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let distance = Infinity;
  let tie = false;
  for (const candidate of allowed) {
    const d = leven(field.toLowerCase(), candidate);
    if (d < distance) [best, distance, tie] = [candidate, d, false];
    else if (d === distance) tie = true;
  }
  return best !== undefined && !tie && distance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * Fields written with a full-width colon (`title：负责…`) are no fields to YAML, but one
 * text: where fields were expected and such a text stands, say why.
 */
function fullwidthColon(path: string, value: unknown, pointer: string): SchemaIssue | undefined {
  const key = typeof value === 'string' ? /^\s*([A-Za-z_][\w.-]*)[ \t]*：/.exec(value)?.[1] : undefined;
  return key === undefined ? undefined : { messageId: 'schema.fullwidth-colon', data: { path, key }, pointer };
}

/** `/duties/0/role` → `duties[0].role`, the way people write paths into a YAML file. */
export function humanPath(pointer: string): string {
  if (pointer === '') return '(document)';
  let out = '';
  for (const seg of pointerSegments(pointer)) {
    out += /^\d+$/.test(seg) ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  }
  return out;
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const seg of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  return String(value);
}
