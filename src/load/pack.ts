import { Duty, DUTY_DEFAULTS, type Department, type DutyFields } from '../graph/graph.js';
import type { DutyDecl } from '../types.js';
import type { FileResult } from './load-file.js';

/**
 * Loaded files in the form they cross threads and go to the cache in: every duty's own
 * fields in flat columns, the few that differ from FORMAT.md's defaults beside them, and
 * the departments without their duty lists. A million small objects cost far more to
 * serialise than a few long arrays of strings and numbers.
 */
export interface PackedResults {
  /** The results, with each department's `duties` emptied. */
  results: FileResult[];
  /** Duties of each department, in order. */
  dutyCounts: number[];
  /** Per duty: id, title. */
  strings: string[];
  /** Per duty: at, line, column (-1: not known). */
  numbers: number[];
  /** Per duty that has them, by its position in the columns: fields other than the defaults. */
  rest: Array<[number, Partial<DutyDecl>]>;
}

const SPARSE = ['detail', 'role', 'lead', 'mandate', 'basis', 'cascade', 'status', 'transferredTo', 'budget', 'tags', 'ignore'] as const;
const DEFAULTS: Partial<Record<(typeof SPARSE)[number], unknown>> = DUTY_DEFAULTS;

/** Packs results without changing them. */
export function pack(results: FileResult[]): PackedResults {
  const packed: PackedResults = { results: [], dutyCounts: [], strings: [], numbers: [], rest: [] };
  let n = 0;
  for (const r of results) {
    const decls = r.decls.map((decl) => {
      if (decl.kind !== 'department') return decl;
      packed.dutyCounts.push(decl.duties.length);
      for (const d of decl.duties) {
        packed.strings.push(d.id, d.title);
        packed.numbers.push(d.at, d.line ?? -1, d.column ?? -1);
        const rest = sparseFields(d);
        if (rest) packed.rest.push([n, rest]);
        n++;
      }
      return { ...decl, duties: [] };
    });
    packed.results.push({ ...r, decls });
  }
  return packed;
}

function sparseFields(d: DutyDecl): Partial<DutyDecl> | undefined {
  let rest: Record<string, unknown> | undefined;
  for (const k of SPARSE) {
    const v = d[k];
    if (v === undefined || v === DEFAULTS[k] || (Array.isArray(v) && v.length === 0)) continue;
    (rest ??= {})[k] = v;
  }
  return rest;
}

/** Packed results whose columns may be views, as the cache reads them. */
export type PackedView = Omit<PackedResults, 'strings' | 'numbers'> & { strings: ArrayLike<string>; numbers: ArrayLike<number> };

/** Rebuilds the results, taking ownership of `packed`. */
export function unpack(packed: PackedView): FileResult[] {
  const { strings, numbers, rest, dutyCounts } = packed;
  let n = 0;
  let department = 0;
  let next = 0;
  for (const r of packed.results) {
    for (const decl of r.decls) {
      if (decl.kind !== 'department') continue;
      const count = dutyCounts[department++]!;
      for (let k = 0; k < count; k++, n++) {
        const line = numbers[3 * n + 1]!;
        const column = numbers[3 * n + 2]!;
        const fields: DutyFields = {
          id: strings[2 * n]!, title: strings[2 * n + 1]!,
          at: numbers[3 * n]!, line: line < 0 ? undefined : line, column: column < 0 ? undefined : column,
        };
        if (rest[next]?.[0] === n) Object.assign(fields, rest[next++]![1]);
        decl.duties.push(new Duty(fields, decl as unknown as Department));
      }
    }
  }
  return packed.results;
}

/** `n` rounded up to a multiple of 4, where int32 columns may start. */
export function align(n: number): number {
  return (n + 3) & ~3;
}

/**
 * Results packed into bytes, to post to another thread without cloning each string, and
 * to keep in the cache: a 16-byte head (JSON bytes, strings, numbers, string characters in
 * bytes), the packed results without their columns (JSON), the string lengths and the
 * numbers as int32, then the strings' characters as UTF-16, the ids' first and then the
 * titles'. Padded to 4 bytes, and not pooled, so its buffer can be transferred.
 */
export function packBytes(results: FileResult[]): Buffer {
  const { strings, numbers, ...rest } = pack(results);
  const json = Buffer.from(JSON.stringify(rest));
  const chars = Buffer.from(strings.filter((_, i) => !(i & 1)).join('') + strings.filter((_, i) => i & 1).join(''), 'utf16le');
  const jsonEnd = align(16 + json.length);
  const out = Buffer.alloc(align(jsonEnd + 4 * (strings.length + numbers.length) + chars.length));
  out.writeUInt32LE(json.length, 0);
  out.writeUInt32LE(strings.length, 4);
  out.writeUInt32LE(numbers.length, 8);
  out.writeUInt32LE(chars.length, 12);
  json.copy(out, 16);
  const ints = new Int32Array(out.buffer, out.byteOffset + jsonEnd, strings.length + numbers.length);
  let k = 0;
  for (const s of strings) ints[k++] = s.length;
  for (const n of numbers) ints[k++] = n;
  chars.copy(out, jsonEnd + 4 * k);
  return out;
}

/** Reads back packBytes' bytes at `at` in `data` (both 4-byte aligned); throws on bytes that do not add up. */
export function unpackBytes(data: Buffer, at = 0, length = data.length - at): FileResult[] {
  const jsonLength = data.readUInt32LE(at);
  const stringCount = data.readUInt32LE(at + 4);
  const numberCount = data.readUInt32LE(at + 8);
  const charBytes = data.readUInt32LE(at + 12);
  const jsonEnd = align(at + 16 + jsonLength);
  const charsAt = jsonEnd + 4 * (stringCount + numberCount);
  if (charsAt + charBytes > at + length) throw new Error('truncated');
  const rest = JSON.parse(data.toString('utf8', at + 16, at + 16 + jsonLength)) as Omit<PackedResults, 'strings' | 'numbers'>;
  const lengths = new Int32Array(data.buffer, data.byteOffset + jsonEnd, stringCount);
  const numbers = new Int32Array(data.buffer, data.byteOffset + jsonEnd + 4 * stringCount, numberCount);
  // Ids (even entries) are sliced from one string of all of them. Titles are copied out one
  // by one: matching hashes and scans every character of them, which is slower through a slice.
  let idChars = 0;
  for (let i = 0; i < stringCount; i += 2) idChars += lengths[i]!;
  if (2 * idChars > charBytes) throw new Error('corrupt');
  const ids = data.toString('utf16le', charsAt, charsAt + 2 * idChars);
  const strings = new Array<string>(stringCount);
  let id = 0;
  let title = idChars;
  for (let i = 0; i < stringCount; i++) {
    const n = lengths[i]!;
    if (i & 1) {
      strings[i] = data.toString('utf16le', charsAt + 2 * title, charsAt + 2 * (title + n));
      title += n;
    } else {
      strings[i] = ids.slice(id, id + n);
      id += n;
    }
  }
  if (2 * title !== charBytes) throw new Error('corrupt');
  return unpack({ ...rest, strings, numbers });
}
