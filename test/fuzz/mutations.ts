import fc from 'fast-check';
import { catalogue, serialize, type Catalogue, type Doc } from './catalogue.js';

/**
 * Random damage to valid catalogues, as real repositories hold it: fields deleted, values of
 * the wrong type, references to themselves, in circles and twice, deep nesting, anchors and
 * aliases (bombs and cycles included), blank titles; then, on the text, truncation, stray
 * characters and line endings; then, on the bytes, flipped bytes and other encodings (GBK,
 * UTF-16 with and without a byte order mark).
 */

/** A damaged file: text, or bytes that may not be UTF-8. */
export type Content = string | Uint8Array;

type Gen = fc.GeneratorValue;

const pick = <T>(g: Gen, items: readonly T[]): T => items[g(fc.nat, { max: items.length - 1 })]!;
/** One of the items, or undefined when there are none. */
const pickAny = <T>(g: Gen, items: readonly T[]): T | undefined => (items.length === 0 ? undefined : pick(g, items));
const index = (g: Gen, length: number) => g(fc.nat, { max: Math.max(0, length - 1) });

/** Every object and list in a document tree, with its parent and key, for picking one at random. */
interface Slot { parent: Record<string | number, unknown>; key: string | number }

function slots(cat: Catalogue): Slot[] {
  const out: Slot[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      out.push({ parent: node as Record<string, unknown>, key: Array.isArray(node) ? Number(key) : key });
      walk(value);
    }
  };
  for (const docs of Object.values(cat)) walk(docs);
  return out;
}

const WRONG_VALUES: unknown[] = [0, -1, 3.14, 1e308, true, null, [], {}, '', 'text', ['a', 1], { a: { b: [] } }, '2019-03-01', '\u3000'];

/**
 * Deep nesting is written into the text, in flow style, where a document holds this
 * placeholder: the YAML library the tests serialize with would overflow its stack on it.
 */
const NESTING = 'deep-nesting-here';

function nesting(depth: number, kind: 'list' | 'map', closed: boolean): string {
  const [open, close] = kind === 'list' ? ['[', ']'] : ['{a: ', '}'];
  return open.repeat(depth) + 'x' + (closed ? close.repeat(depth) : '');
}

const departments = (cat: Catalogue) => Object.values(cat).flat().filter((d) => d.kind === 'department');
const dutiesOf = (dept: Doc) => (Array.isArray(dept.duties) ? dept.duties as Doc[] : []);

/** Mutations of the documents, each returning false when it found nothing to change. */
const DOCUMENT_MUTATIONS: Record<string, (g: Gen, cat: Catalogue) => boolean> = {
  deleteField(g, cat) {
    const slot = pickAny(g, slots(cat).filter((s) => !Array.isArray(s.parent)));
    if (!slot) return false;
    const { parent, key } = slot;
    delete parent[key];
    return true;
  },
  swapType(g, cat) {
    const slot = pickAny(g, slots(cat));
    if (!slot) return false;
    const { parent, key } = slot;
    parent[key] = structuredClone(pick(g, WRONG_VALUES));
    return true;
  },
  deepNesting(g, cat) {
    const slot = pickAny(g, slots(cat));
    if (!slot) return false;
    const { parent, key } = slot;
    parent[key] = NESTING;
    return true;
  },
  selfReference(g, cat) {
    const dept = pickAny(g, departments(cat));
    if (!dept) return false;
    const duty = pickAny(g, dutiesOf(dept));
    const id = String(dept.id);
    switch (duty ? pick(g, ['counterpart', 'mandate', 'lead', 'transfer'] as const) : 'counterpart') {
      case 'counterpart': dept.counterparts = [...(Array.isArray(dept.counterparts) ? dept.counterparts : []), id]; break;
      case 'mandate': duty!.mandate = [`${id}/${String(duty!.id)}`]; break;
      case 'lead': Object.assign(duty!, { role: 'support', lead: id }); break;
      case 'transfer': Object.assign(duty!, { status: 'transferred', transferred_to: id }); break;
    }
    return true;
  },
  circularCounterparts(g, cat) {
    const all = departments(cat);
    if (all.length < 2) return false;
    const a = pick(g, all);
    const b = pick(g, all.filter((d) => d !== a));
    a.counterparts = [String(b.id)];
    b.counterparts = [String(a.id)];
    return true;
  },
  duplicate(g, cat) {
    const dept = pickAny(g, departments(cat));
    if (!dept) return false;
    const duties = dutiesOf(dept);
    const what = pick(g, ['department', 'duty', 'party'] as const);
    if (what === 'duty' && duties.length > 0) duties.push(structuredClone(pick(g, duties)));
    else if (what === 'party') {
      const division = Object.values(cat).flat().find((d) => d.kind === 'division' && Array.isArray(d.parties));
      if (!division) return false;
      (division.parties as unknown[]).push(structuredClone((division.parties as unknown[])[0]));
    } else (cat[pick(g, Object.keys(cat))] ??= []).push(structuredClone(dept));
    return true;
  },
  contradiction(g, cat) {
    const duty = pickAny(g, departments(cat).flatMap(dutiesOf));
    if (!duty) return false;
    const ids = departments(cat).map((d) => String(d.id));
    if (pick(g, [true, false])) Object.assign(duty, { role: 'main', lead: pick(g, ids) });
    else Object.assign(duty, { status: 'cancelled', transferred_to: pick(g, ids) });
    return true;
  },
  blankTitle(g, cat) {
    const duty = pickAny(g, departments(cat).flatMap(dutiesOf));
    if (!duty) return false;
    duty.title = pick(g, ['\u3000', '\u00a0', ' \t ', '\u3000\u00a0 ']);
    return true;
  },
};

const STRAYS = ['\u0000', '\ufeff', '\t', '\r', '\u2028', '\u0085', '\ud800', '\udfff', '\uffff', '\u0007', ':', '- ', '[', '{',
  '&a ', '*a', '!!binary ', '!!js/function ', '%YAML 1.1\n', '\n---\n', '\n...\n', '"', '\'', '# ', '|', '>', '\\', '<<: *a\n', '\u3000'];

/**
 * Anchors a block collection (`duties: &a`) and aliases it from a random place: as a value,
 * before or after the anchor, inside the collection itself (a cycle), or merged (`<<: *a`).
 */
function alias(g: Gen, text: string): string {
  const lines = text.split('\n');
  const blocks = lines.flatMap((l, i) => (/^\s*(- )?[\w]+:\s*$/.test(l) ? [i] : []));
  const anchor = pickAny(g, blocks);
  if (anchor === undefined) return text;
  lines[anchor] += ' &a';
  const values = lines.flatMap((l, i) => (/^\s*(- )?[\w]+: \S/.test(l) ? [i] : []));
  const at = pickAny(g, values);
  if (at === undefined) return `${lines.join('\n')}alias: *a\n`;
  const line = lines[at]!;
  if (g(fc.boolean)) lines[at] = line.replace(/^(\s*(?:- )?[\w]+:) .*$/, '$1 *a');
  else lines.splice(at + 1, 0, ' '.repeat(/^\s*(- )?/.exec(line)![0].length) + '<<: *a');
  return lines.join('\n');
}

/** A document that expands to billions of nodes through aliases. */
const BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`), 'kind: department', 'duties: *i', ''].join('\n');

const TEXT_MUTATIONS: Record<string, (g: Gen, text: string) => string> = {
  truncate: (g, text) => text.slice(0, index(g, text.length)),
  stray: (g, text) => {
    const at = index(g, text.length + 1);
    return text.slice(0, at) + pick(g, STRAYS) + text.slice(at);
  },
  lineEndings: (g, text) => text.replace(/\n/g, pick(g, ['\r\n', '\r', '\u2028'])),
  tabs: (g, text) => {
    const lines = text.split('\n');
    const k = index(g, lines.length);
    lines[k] = lines[k]!.replace(/^ +/, '\t');
    return lines.join('\n');
  },
  alias: (g, text) => alias(g, text),
  bomb: (_, text) => `${text}---\n${BOMB}`,
  notYaml: (g) => pick(g, ['', '# only a comment\n', '---\n---\n', 'null\n', '[]\n', '42\n', 'kind: department\n', '- kind: department\n  id: a\n']),
};

/** GBK bytes of a text (a character GBK lacks becomes "?"), by a table TextDecoder builds. */
let gbkTable: Map<string, number[]> | undefined;
function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const c = decoder.decode(new Uint8Array([lead, trail]));
        if (c.length === 1 && c !== '\ufffd' && !gbkTable.has(c)) gbkTable.set(c, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(gbkTable.get(c) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (order === 'be') le.swap16();
  return new Uint8Array(le);
}

const BYTE_MUTATIONS: Record<string, (g: Gen, text: string) => Uint8Array> = {
  flip: (g, text) => {
    const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
    const flips = g(fc.integer, { min: 1, max: 8 });
    for (let i = 0; i < flips && bytes.length > 0; i++) bytes[index(g, bytes.length)]! ^= g(fc.integer, { min: 1, max: 255 });
    return bytes;
  },
  gbk: (_, text) => gbk(text),
  utf16: (g, text) => utf16(text, pick(g, ['le', 'be'] as const), pick(g, [true, false])),
  binary: (g) => new Uint8Array(g(fc.array, fc.integer({ min: 0, max: 255 }), { maxLength: 200 })),
};

/** A damaged catalogue, and the names of the damage done, for a failing case's report. */
export interface Damaged {
  files: Record<string, Content>;
  mutations: string[];
}

/** One to three kinds of damage, to the documents, then to one file's text or bytes. */
export const damaged: fc.Arbitrary<Damaged> = fc.gen().map((g) => {
  const cat = structuredClone(g(() => catalogue));
  const mutations: string[] = [];
  const rounds = g(fc.integer, { min: 1, max: 3 });
  for (let i = 0; i < rounds; i++) {
    const name = pick(g, Object.keys(DOCUMENT_MUTATIONS));
    if (DOCUMENT_MUTATIONS[name]!(g, cat)) mutations.push(name);
  }
  const depth = g(fc.integer, { min: 10, max: 5000 });
  const deep = nesting(depth, pick(g, ['list', 'map'] as const), g(fc.boolean));
  const files: Record<string, Content> = Object.fromEntries(Object.entries(cat).map(([f, docs]) => [f, serialize(docs).split(NESTING).join(deep)]));
  const names = Object.keys(files);
  if (g(fc.boolean)) {
    const file = pick(g, names);
    const name = pick(g, Object.keys(TEXT_MUTATIONS));
    files[file] = TEXT_MUTATIONS[name]!(g, files[file] as string);
    mutations.push(`${name}:${file}`);
  }
  if (g(fc.boolean)) {
    const file = pick(g, names);
    const name = pick(g, Object.keys(BYTE_MUTATIONS));
    files[file] = BYTE_MUTATIONS[name]!(g, typeof files[file] === 'string' ? files[file] : new TextDecoder().decode(files[file]));
    mutations.push(`${name}:${file}`);
  }
  return { files, mutations };
});

/** A file's content as a program holding it as text would: bytes decoded as UTF-8, bad ones replaced. */
export function asText(content: Content): string {
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

/** A file's content as bytes on disk. */
export function asBytes(content: Content): Uint8Array {
  return typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : content;
}
