/**
 * Deterministic synthetic duty catalogue for the benchmark.
 *
 * A tree of jurisdictions (national, optional) -> provinces -> cities -> counties/districts,
 * each with ~30-36 departments of fixed types, one department per file. Root departments
 * hold the "mandate"; every lower department restates the cascading duties of its
 * counterpart (same type, parent jurisdiction) the way real lower levels do: other verbs and
 * scope words, clauses dropped or added, only part of an "A和B" subject kept, a full form
 * replaced by its abbreviation from the project's table (src/text/lexicon/abbreviations-zh.ts).
 * Every department also carries boilerplate lines (交办的其他任务, 安全生产, 党风廉政, 政务公开,
 * 职能转变, 坚持和加强党的集中统一领导) that must produce no finding. Problems are planted at
 * the leaves and recorded in the ground truth (`ground-truth.json`): overlaps of four classes
 * (different verbs and scope, short vs long, abbreviation, partial), divisions, gaps, orphans,
 * unfounded duties; everything else is meant to be clean.
 *
 * Same options => byte-identical output (seeded mulberry32, no Math.random, no clock), for a
 * given abbreviation table.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ABBREVIATIONS_ZH } from '../src/text/lexicon/abbreviations-zh.js';
import {
  ASPECTS_EN, ASPECTS_ZH, BOILERPLATE_EN, BOILERPLATE_RATE, BOILERPLATE_ZH, BROAD_DETAILS_ZH, BROAD_TITLES_ZH,
  CLAUSES_EN, CLAUSES_ZH, DEPT_TYPES, DETAILS_EN, DETAILS_ZH, DIVISION_SCOPES, FRAMES_EN, FRAMES_ZH, LEVEL_WORDS,
  LIST_FRAMES_ZH, PLACE_CHARS, SCOPE_VARIANTS, SHORT_FRAMES_ZH, SUPPORT_EN, SUPPORT_ZH, chineseNumber, frameVerb,
  topicParts, type DeptType, type Level,
} from './vocabulary.js';

/** Bumped whenever the output for the same options changes: `npm run bench` regenerates older catalogues. */
export const GENERATOR_VERSION = 10;
/** The abbreviation table's contents, hashed: the output depends on it too (`npm run bench` regenerates when it changed). */
export const ABBREVIATION_TABLE_HASH = hash(JSON.stringify(ABBREVIATIONS_ZH)).toString(16).padStart(8, '0');

export interface GenerateOptions {
  duties: number;
  seed?: number;
  outDir: string;
}

/**
 * Classes of planted overlaps:
 * - `different-verbs`: the same object under other governance verbs (负责/统筹/指导/监督管理…),
 *   another scope word (全县/本行政区域/县域…) and another extra clause;
 * - `short-vs-long`: a short title naming just the object (负责全县X工作) against a broad duty
 *   of another department whose `detail` lists the object among several items;
 * - `abbreviation`: one side writes the abbreviation (简称, from the project's table) of the
 *   other's full form;
 * - `partial`: the object of one duty is one item of a list in the other's title.
 */
export type OverlapClass = 'different-verbs' | 'short-vs-long' | 'abbreviation' | 'partial';
export const OVERLAP_CLASSES: readonly OverlapClass[] = ['different-verbs', 'short-vs-long', 'abbreviation', 'partial'];
/** Share of the planted overlaps in each class (OVERLAP_CLASSES order); each class gets at least one. */
const OVERLAP_SHARE = [0.4, 0.2, 0.2, 0.2];

export interface GroundTruth {
  /** GENERATOR_VERSION of the generator that wrote the catalogue. */
  generator?: number;
  /** ABBREVIATION_TABLE_HASH of the table it was written with. */
  abbreviationTable?: string;
  duties: number;
  files: number;
  departments: number;
  jurisdictions: number;
  /** Planted overlap pairs of duty refs "dept/duty", each pair sorted. */
  overlaps: Array<[string, string]>;
  /** The class of each planted overlap, parallel to `overlaps`. */
  overlapClasses?: OverlapClass[];
  /** Planted mandate gaps: upper duty ref not covered in that lower jurisdiction. */
  gaps: Array<{ upper: string; jurisdiction: string }>;
  /** Planted orphan duty refs. */
  orphans: string[];
  /** Planted unfounded duty refs. */
  unfounded: string[];
  /**
   * Extra: overlap-looking pairs settled by a declared `kind: division` document. These
   * must NOT be reported as overlaps.
   */
  resolved?: Array<[string, string]>;
  /**
   * Boilerplate duty refs (class `boilerplate`): generic lines of most departments at every
   * level. No finding of any rule may name them, as its duty or as a related duty.
   */
  generic?: string[];
  /**
   * Lower-level duties (restating a counterpart's duty), and how many of them changed the
   * subject's wording on the way down: kept only part of an "A和B" subject, or abbreviated a
   * full form. All of them are founded and cover their upper duty.
   */
  vertical?: { lower: number; narrowed: number; abbreviated: number };
}

// ---------------------------------------------------------------------------------------
// Random numbers

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: Rng;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from empty list');
    return items[this.int(items.length)] as T;
  }
  /** An index in [0, n) different from `not` when n > 1. */
  other(n: number, not: number): number {
    if (n <= 1) return 0;
    const k = this.int(n - 1);
    return k >= not ? k + 1 : k;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = items[i] as T;
      items[i] = items[j] as T;
      items[j] = t;
    }
    return items;
  }
}

// ---------------------------------------------------------------------------------------
// Model

interface Jur {
  id: string;
  name: string;
  level: Level;
  parent: Jur | null;
  children: Jur[];
  /** Department type indexes, ascending. */
  types: number[];
  /** Directory relative to outDir, `/` separated. */
  dir: string;
  leafIndex: number;
}

/**
 * Topic: a subject of the type's mandate (type.topics). Support: a 配合 duty on another
 * department's topic. Local: a local-only subject (type.local_topics, then type.abbr_topics).
 * Boiler: a boilerplate line. Composite: a planted duty whose text names several subjects.
 */
const Kind = { Topic: 0, Support: 1, Local: 2, Boiler: 3, Composite: 4 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

type Role = 'main' | 'lead' | 'support';

interface Style {
  frame: number;
  clause: number;
  reorder: boolean;
}

interface Spec {
  kind: Kind;
  /** Type index the topic belongs to. */
  tt: number;
  /** Topic index (Kind.Local: index into the type's local forms; Boiler: the family). */
  ti: number;
  /** Subject form: 0 the whole topic, k > 0 its k-th part (topicParts). */
  part: number;
  /** -1: as written; >= 0: index of the abbreviated wording of the form (Form.short). */
  abbr: number;
  /** -1: a 三定 duty statement; >= 0: an itemised power (ASPECTS_*). */
  aspect: number;
  en: boolean;
  style: Style;
  /** Index into the level's jurisdiction words; -1: none (common catalogue text). */
  jw: number;
  role: Role;
  explicitRole: boolean;
  leadSpec: Spec | null;
  leadByDuty: boolean;
  cascade: boolean;
  cancelled: boolean;
  explicitActive: boolean;
  detail: number;
  basis: string | null;
  budget: string | null;
  tags: boolean;
  mandate: string | null;
  /** Text the children of this duty share (common provincial catalogue), if any. */
  common: Style | null;
  /** Boiler and Composite: the title as written. */
  fixedTitle: string | null;
  /** Composite: the detail as written. */
  fixedDetail: string | null;
  id: string;
  dept: Dept;
}

interface Dept {
  t: number;
  type: DeptType;
  id: string;
  jur: Jur;
  duties: Spec[];
  byParent: Map<Spec, Spec>;
  usedLocal: Set<number>;
  cleanLocals: Spec[];
  divisions: Array<{ id: string; subject: string; a: Spec; b: Spec; scopes: readonly [string, string] }>;
}

interface Plan {
  /** By class, OVERLAP_CLASSES order. */
  overlaps: number[];
  gaps: number;
  orphans: number;
  unfounded: number;
  resolved: number;
}

interface Planted {
  overlaps: Array<[Spec, Spec, OverlapClass]>;
  resolved: Array<[Spec, Spec]>;
  orphans: Spec[];
  unfounded: Spec[];
  vertical: { lower: number; narrowed: number; abbreviated: number };
}

/** Types that may lead a shared duty: always present in every jurisdiction. */
const CORE = DEPT_TYPES.map((t, i) => (t.core ? i : -1)).filter((i) => i >= 0);
/** Root keeps each topic with this probability. */
const TOPIC_KEEP = 0.92;
/** Number of itemised powers per topic: P(0..3). */
const ASPECT_WEIGHTS = [0.25, 0.35, 0.25, 0.15];
const MEAN_ASPECTS = ASPECT_WEIGHTS.reduce((s, w, i) => s + w * i, 0);
/** Boilerplate lines per department, on average. */
const MEAN_BOILERPLATE = BOILERPLATE_RATE.reduce((s, p) => s + p, 0);
/** Catalogues this large get a national level above the provinces. */
const NATIONAL_FROM = 500_000;
/** Probability that a jurisdiction keeps an optional department type of its parent. */
const KEEP_OPTIONAL = 0.9;
/** A lower duty keeps only one part of its counterpart's "A和B" subject with this probability. */
const NARROW = 0.3;
/** A lower duty abbreviates a full form of its counterpart's subject with this probability. */
const ABBREVIATE = 0.5;
/** Share of boilerplate lines written in English (as of duties). */
const BOILERPLATE_EN_RATE = 0.05;

/** Expected duties of one department of this type (topics, their itemised powers, local, support and boilerplate duties). */
function dutiesOfType(t: DeptType, depth: number): number {
  // 三定 statements thin out a little per level (cascade: false, cancelled at the root).
  return t.topics.length * TOPIC_KEEP * (0.99 * 0.98 ** depth + MEAN_ASPECTS) + 1.3 + MEAN_BOILERPLATE;
}

// ---------------------------------------------------------------------------------------
// Subjects: their parts and abbreviated wordings

interface Form {
  text: string;
  /** The text with one full form of the abbreviation table replaced by one of its abbreviations. */
  short: string[];
}

/** Every wording of `text` with one full form (the table's first form) replaced by one of its abbreviations. */
function abbreviationsOf(text: string): string[] {
  const out: string[] = [];
  for (const group of ABBREVIATIONS_ZH) {
    const full = group[0];
    if (!text.includes(full)) continue;
    for (let i = 1; i < group.length; i++) {
      const v = text.replace(full, group[i] as string);
      if (v !== text && !out.includes(v)) out.push(v);
    }
  }
  return out;
}

/** Per type, per topic: the whole topic, then its parts (Chinese only). */
const TOPIC_FORMS: Form[][][] = DEPT_TYPES.map((t) =>
  t.topics.map((tp) => [tp.zh, ...topicParts(tp.zh)].map((text) => ({ text, short: abbreviationsOf(text) }))));
/** Per type: the local topics (never abbreviated), then the abbreviation topics. */
const LOCAL_FORMS: Form[][] = DEPT_TYPES.map((t) => [
  ...t.local_topics.map((text) => ({ text, short: [] })),
  ...(t.abbr_topics ?? []).map((text) => ({ text, short: abbreviationsOf(text) })),
]);

// ---------------------------------------------------------------------------------------
// Text

function formOf(s: Spec): Form | null {
  if (s.kind === Kind.Local) return LOCAL_FORMS[s.tt]?.[s.ti] ?? null;
  return TOPIC_FORMS[s.tt]?.[s.ti]?.[s.part] ?? null;
}

function topicText(s: Spec): string {
  if (s.en && s.kind !== Kind.Local) {
    const topic = (DEPT_TYPES[s.tt] as DeptType).topics[s.ti];
    if (!topic) throw new Error('bad topic');
    return topic.en;
  }
  const form = formOf(s);
  if (!form) throw new Error('bad topic');
  return s.abbr >= 0 ? (form.short[s.abbr] as string) : form.text;
}

function jurWord(s: Spec, level: Level): string {
  if (s.jw < 0) return '';
  const words = LEVEL_WORDS[level];
  return s.en ? words.en : (words.zh[s.jw % words.zh.length] as string);
}

/** Templates split at their placeholders: even parts literal, odd parts 'T' or 'J'. */
const templateParts = new Map<string, string[]>();

function fill(template: string, t: string, j: string): string {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{([TJ])\}/);
    templateParts.set(template, parts);
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) out += (parts[i] === 'T' ? t : j) + (parts[i + 1] as string);
  return out;
}

/** Any {X} placeholders (boilerplate and planted composites: not on the hot path). */
function fillVars(template: string, vars: Record<string, string>): string {
  return template.replace(/\{([A-Z])\}/g, (m, k: string) => vars[k] ?? m);
}

/** "甲、乙和丙"; items that already contain 和 are all joined with 、. */
function joinList(items: readonly string[]): string {
  if (items.length < 2 || items.some((x) => x.includes('和'))) return items.join('、');
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1] as string}`;
}

function titleOf(s: Spec, level: Level): string {
  if (s.fixedTitle !== null) return s.fixedTitle;
  const t = topicText(s);
  const j = jurWord(s, level);
  const st = s.style;
  if (s.role === 'support') {
    const frames = s.en ? SUPPORT_EN : SUPPORT_ZH;
    return fill(frames[st.frame % frames.length] as string, t, j);
  }
  if (s.aspect >= 0) {
    const variants = (s.en ? ASPECTS_EN : ASPECTS_ZH)[s.aspect] as readonly string[];
    return fill(variants[st.frame % variants.length] as string, t, j);
  }
  if (s.en) {
    const main = fill(FRAMES_EN[st.frame % FRAMES_EN.length] as string, t, j);
    return st.clause >= 0 && CLAUSES_EN.length > 0 ? `${main}, ${CLAUSES_EN[st.clause % CLAUSES_EN.length] as string}` : main;
  }
  const main = fill(FRAMES_ZH[st.frame % FRAMES_ZH.length] as string, t, j);
  if (st.clause < 0) return main;
  const clause = CLAUSES_ZH[st.clause % CLAUSES_ZH.length] as string;
  return st.reorder ? `${clause}，${main}` : `${main}，${clause}`;
}

function detailOf(s: Spec, level: Level): string {
  if (s.fixedDetail !== null) return s.fixedDetail;
  const t = topicText(s);
  const words = LEVEL_WORDS[level];
  if (s.en) return fill(DETAILS_EN[s.detail % DETAILS_EN.length] as string, t, words.en);
  return fill(DETAILS_ZH[s.detail % DETAILS_ZH.length] as string, t, words.zh[0]);
}

/** A clause that does not repeat its frame (…的组织实施和监督检查 already says 组织开展监督检查). */
function clashes(frame: number, clause: number): boolean {
  return (FRAMES_ZH[frame % FRAMES_ZH.length] as string).includes('监督检查') && (CLAUSES_ZH[clause % CLAUSES_ZH.length] as string).includes('监督检查');
}

function tidy(st: Style, en: boolean): Style {
  if (!en && st.clause >= 0 && clashes(st.frame, st.clause)) st.clause = (st.clause + 1) % CLAUSES_ZH.length;
  return st;
}

/** A random style for a duty of this shape; 三定 statements get a clause when they would be too short. */
function randomStyle(r: Random, s: Pick<Spec, 'en' | 'aspect' | 'role' | 'kind'>): Style {
  if (s.role === 'support') return { frame: r.int(s.en ? SUPPORT_EN.length : SUPPORT_ZH.length), clause: -1, reorder: false };
  if (s.aspect >= 0) return { frame: r.int(2), clause: -1, reorder: false };
  const frames = s.en ? FRAMES_EN.length : FRAMES_ZH.length;
  const clauses = s.en ? CLAUSES_EN.length : CLAUSES_ZH.length;
  return tidy({ frame: r.int(frames), clause: clauses > 0 && r.chance(0.45) ? r.int(clauses) : -1, reorder: !s.en && r.chance(0.12) }, s.en);
}

/** A paraphrase of `st`: another frame, a clause dropped, added or kept, maybe reordered. */
function paraphraseStyle(r: Random, st: Style, s: Pick<Spec, 'en' | 'aspect' | 'role'>): Style {
  if (s.role === 'support') {
    const n = s.en ? SUPPORT_EN.length : SUPPORT_ZH.length;
    return { frame: r.chance(0.6) ? r.other(n, st.frame % n) : st.frame, clause: -1, reorder: false };
  }
  if (s.aspect >= 0) return { frame: r.chance(0.5) ? 1 - (st.frame % 2) : st.frame, clause: -1, reorder: false };
  const frames = s.en ? FRAMES_EN.length : FRAMES_ZH.length;
  const clauses = s.en ? CLAUSES_EN.length : CLAUSES_ZH.length;
  const frame = r.chance(0.7) ? r.other(frames, st.frame % frames) : st.frame;
  const x = r.float();
  const clause = x < 0.5 || clauses === 0 ? st.clause : x < 0.75 ? -1 : r.int(clauses);
  return tidy({ frame, clause, reorder: !s.en && clause >= 0 && r.chance(0.15) ? !st.reorder : st.reorder && clause >= 0 }, s.en);
}

/** A Chinese frame whose governance verb differs from that of `frame`. */
function otherVerbFrame(r: Random, frame: number): number {
  const verb = frameVerb(frame);
  for (;;) {
    const f = r.int(FRAMES_ZH.length);
    if (frameVerb(f) !== verb) return f;
  }
}

/** A clause other than `not` that does not clash with `frame`. */
function otherClause(r: Random, frame: number, not: number): number {
  for (;;) {
    const c = r.int(CLAUSES_ZH.length);
    if (c !== not && !clashes(frame, c)) return c;
  }
}

/** Make a 三定 statement at least 15 characters long (Chinese) by adding a clause. */
function ensureLength(r: Random, s: Spec, level: Level): void {
  if (s.en || s.aspect >= 0 || s.role === 'support' || s.fixedTitle !== null) return;
  if (titleOf(s, level).length >= 15) return;
  s.style = tidy({ ...s.style, clause: r.int(CLAUSES_ZH.length) }, false);
}

/** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
function q(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c === 0x7f || c === 0x2028 || c === 0x2029) return JSON.stringify(s);
  }
  return `"${s}"`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

// ---------------------------------------------------------------------------------------
// The generator

export function generateCatalogue(opts: GenerateOptions): GroundTruth {
  const target = Math.max(1, Math.floor(opts.duties));
  const seed = (opts.seed ?? 1) >>> 0;
  const r = new Random(seed ^ 0x9e3779b9);
  const outDir = opts.outDir;
  prepareOutDir(outDir);

  // ---- the jurisdiction tree
  const { root, leaves, all } = buildTree(r, target);

  // ---- where problems are planted (leaves only: nothing below them to disturb)
  const plans: Plan[] = leaves.map(() => ({ overlaps: OVERLAP_CLASSES.map(() => 0), gaps: 0, orphans: 0, unfounded: 0, resolved: 0 }));
  const overlaps = Math.max(1, Math.round(target / 1000));
  const byClass = OVERLAP_SHARE.map((share) => Math.max(1, Math.round(overlaps * share)));
  byClass[0] = Math.max(1, overlaps - byClass.slice(1).reduce((a, b) => a + b, 0));
  byClass.forEach((n, c) => {
    for (let i = 0; i < n; i++) ((plans[r.int(plans.length)] as Plan).overlaps[c] as number)++;
  });
  const want = {
    gaps: Math.max(1, Math.round(target / 2000)),
    orphans: Math.max(1, Math.round(target / 2000)),
    unfounded: Math.max(1, Math.round(target / 2000)),
    resolved: Math.max(1, Math.round(target / 4000)),
  };
  for (const key of ['gaps', 'orphans', 'unfounded', 'resolved'] as const) {
    for (let i = 0; i < want[key]; i++) (plans[r.int(plans.length)] as Plan)[key]++;
  }

  const truth: GroundTruth = {
    generator: GENERATOR_VERSION, abbreviationTable: ABBREVIATION_TABLE_HASH,
    duties: 0, files: 0, departments: 0, jurisdictions: all.length,
    overlaps: [], overlapClasses: [], gaps: [], orphans: [], unfounded: [], resolved: [], generic: [],
    vertical: { lower: 0, narrowed: 0, abbreviated: 0 },
  };
  // Planted specs, turned into refs once ids are assigned.
  const planted: Planted = { overlaps: [], resolved: [], orphans: [], unfounded: [], vertical: { lower: 0, narrowed: 0, abbreviated: 0 } };

  const visit = (j: Jur, parents: Map<number, Dept> | null): void => {
    const depts = generateJurisdiction(r, j, parents, j.leafIndex >= 0 ? (plans[j.leafIndex] as Plan) : null, truth, planted);
    mkdirSync(join(outDir, j.dir), { recursive: true });
    for (const d of depts.values()) writeDepartment(outDir, d, truth);
    for (const c of j.children) visit(c, depts);
  };
  visit(root.national ?? (root.provinces[0] as Jur), null);
  if (root.national === null) for (const p of root.provinces.slice(1)) visit(p, null);

  const ref = (s: Spec): string => `${s.dept.id}/${s.id}`;
  const pair = (a: Spec, b: Spec): [string, string] => {
    const x = ref(a);
    const y = ref(b);
    return x < y ? [x, y] : [y, x];
  };
  const byStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const byPair = (a: readonly string[], b: readonly string[]): number => byStr(a[0] as string, b[0] as string) || byStr(a[1] as string, b[1] as string);
  const classed = planted.overlaps.map(([a, b, c]) => [...pair(a, b), c] as const).sort(byPair);
  truth.overlaps = classed.map(([a, b]) => [a, b]);
  truth.overlapClasses = classed.map(([, , c]) => c);
  truth.resolved = planted.resolved.map(([a, b]) => pair(a, b)).sort(byPair);
  truth.orphans = planted.orphans.map(ref).sort(byStr);
  truth.unfounded = planted.unfounded.map(ref).sort(byStr);
  truth.gaps.sort((a, b) => byStr(a.upper, b.upper) || byStr(a.jurisdiction, b.jurisdiction));
  truth.generic!.sort(byStr);
  truth.vertical = planted.vertical;

  writeFileSync(join(outDir, 'ground-truth.json'), JSON.stringify(truth, null, 2) + '\n');
  return truth;
}

function prepareOutDir(outDir: string): void {
  if (existsSync(outDir)) {
    const entries = readdirSync(outDir);
    if (entries.length > 0) {
      if (!entries.includes('ground-truth.json')) {
        throw new Error(`generateCatalogue: ${outDir} is not empty and was not made by the generator; refusing to overwrite`);
      }
      rmSync(outDir, { recursive: true, force: true });
    }
  }
  mkdirSync(outDir, { recursive: true });
}

// ---------------------------------------------------------------------------------------
// Tree

/** Split `total` into `parts` positive integers with random weights (largest remainder). */
function distribute(r: Random, total: number, parts: number): number[] {
  if (parts <= 0) return [];
  const base = Math.max(0, total - parts);
  const w = Array.from({ length: parts }, () => 0.6 + 0.8 * r.float());
  const sum = w.reduce((a, b) => a + b, 0);
  const raw = w.map((x) => (base * x) / sum);
  const out = raw.map((x) => Math.floor(x) + 1);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % parts, left--) {
    const i = (order[k] as readonly [number, number])[1];
    out[i] = (out[i] as number) + 1;
  }
  return out;
}

function placeName(r: Random, taken: Set<string>): string {
  for (let tries = 0; ; tries++) {
    const a = r.pick([...PLACE_CHARS]);
    const b = r.pick([...PLACE_CHARS]);
    const name = a === b ? a + r.pick([...PLACE_CHARS]) : a + b;
    if (!taken.has(name) || tries > 50) {
      taken.add(name);
      return name;
    }
  }
}

function buildTree(r: Random, target: number): { root: { national: Jur | null; provinces: Jur[] }; leaves: Jur[]; all: Jur[] } {
  // Expected duties of a county: core types always, optional ones kept with p = KEEP per level.
  const depth = target >= NATIONAL_FROM ? 3 : 2;
  const perJur = DEPT_TYPES.reduce((sum, t) => sum + (t.core ? 1 : KEEP_OPTIONAL ** depth) * dutiesOfType(t, depth), 0);
  const n = target / perJur;
  const all: Jur[] = [];
  const leaves: Jur[] = [];
  const allTypes = DEPT_TYPES.map((_, i) => i);

  let national: Jur | null = null;
  let provinces = 1;
  let citiesTotal: number;
  let countiesTotal: number;
  let rootTypes = allTypes;
  let small = false;
  if (n < 4) {
    // Tiny catalogue: one province, one city, two counties, fewer departments.
    small = true;
    citiesTotal = 1;
    countiesTotal = 2;
    let m = 0;
    for (let est = 0; m < DEPT_TYPES.length && (m < 2 || est < target); m++) {
      est += 4 * dutiesOfType(DEPT_TYPES[m] as DeptType, 2);
    }
    rootTypes = allTypes.slice(0, m);
  } else {
    let s = Math.round(n);
    if (target >= NATIONAL_FROM) {
      national = makeJur('cn', '', 'national', null, allTypes, 'cn');
      all.push(national);
      s -= 1;
      provinces = Math.max(2, Math.round(Math.cbrt(s)));
    }
    // s = P + C + X with X ≈ C * (C / P): cities and counties branch alike.
    const rest = Math.max(2, s - provinces);
    citiesTotal = Math.max(provinces, Math.round((provinces * (-1 + Math.sqrt(1 + (4 * rest) / provinces))) / 2));
    countiesTotal = Math.max(citiesTotal, rest - citiesTotal);
  }

  const provNames = new Set<string>();
  const cityCounts = distribute(r, citiesTotal, provinces);
  const countyCounts = distribute(r, countiesTotal, citiesTotal);
  const provList: Jur[] = [];
  let cityIndex = 0;
  const w2 = (k: number): number => Math.max(2, String(k).length);
  for (let p = 0; p < provinces; p++) {
    const pid = `p${pad(p + 1, w2(provinces))}`;
    const pt = national ? dropTypes(r, national.types) : rootTypes;
    const prov = makeJur(pid, placeName(r, provNames) + '省', 'provincial', national, pt, pid);
    all.push(prov);
    provList.push(prov);
    const nc = cityCounts[p] as number;
    const cityNames = new Set<string>();
    for (let c = 0; c < nc; c++, cityIndex++) {
      const cid = `${pid}.c${pad(c + 1, w2(nc))}`;
      const city = makeJur(cid, placeName(r, cityNames) + '市', 'municipal', prov, small ? pt : dropTypes(r, pt), cid.replace(/\./g, '/'));
      all.push(city);
      const nx = countyCounts[cityIndex] as number;
      const countyNames = new Set<string>();
      for (let x = 0; x < nx; x++) {
        const xid = `${cid}.x${pad(x + 1, w2(nx))}`;
        const district = r.chance(0.3);
        const county = makeJur(
          xid, placeName(r, countyNames) + (district ? '区' : '县'), district ? 'district' : 'county', city,
          small ? city.types : dropTypes(r, city.types), xid.replace(/\./g, '/'),
        );
        county.leafIndex = leaves.length;
        leaves.push(county);
        all.push(county);
      }
    }
  }
  return { root: { national, provinces: provList }, leaves, all };
}

function makeJur(id: string, name: string, level: Level, parent: Jur | null, types: number[], dir: string): Jur {
  const j: Jur = { id, name, level, parent, children: [], types, dir, leafIndex: -1 };
  if (parent) parent.children.push(j);
  return j;
}

/** A child keeps every core type and drops an optional one now and then. */
function dropTypes(r: Random, types: number[]): number[] {
  return types.filter((t) => (DEPT_TYPES[t] as DeptType).core || r.chance(KEEP_OPTIONAL));
}

// ---------------------------------------------------------------------------------------
// Departments and duties

function newSpec(dept: Dept, init: Partial<Spec> & Pick<Spec, 'kind' | 'tt' | 'ti'>): Spec {
  return {
    part: 0, abbr: -1, aspect: -1, en: false, style: { frame: 0, clause: -1, reorder: false }, jw: 0,
    role: 'main', explicitRole: false, leadSpec: null, leadByDuty: false,
    cascade: true, cancelled: false, explicitActive: false, detail: -1,
    basis: null, budget: null, tags: false, mandate: null, common: null, fixedTitle: null, fixedDetail: null, id: '', dept,
    ...init,
  };
}

function lawArticle(r: Random, type: DeptType): string {
  return `${r.pick(type.laws)} 第${chineseNumber(1 + r.int(80))}条`;
}

function budgetLine(r: Random, type: DeptType): string {
  return `${2022 + r.int(3)}-${type.budget}-${pad(1 + r.int(20), 2)}`;
}

function deptName(j: Jur, type: DeptType): string {
  if (j.level === 'national') return type.nat;
  if (j.level === 'provincial') return j.name + type.prov;
  return j.name + type.local;
}

/** Common decorations: detail, basis, budget, tags. */
function decorate(r: Random, s: Spec, type: DeptType): void {
  if (s.aspect < 0 && s.role !== 'support' && r.chance(0.2)) s.detail = r.int(s.en ? DETAILS_EN.length : DETAILS_ZH.length);
  if (!s.basis && s.aspect < 0 && r.chance(0.1)) s.basis = lawArticle(r, type);
  if (!s.cancelled && r.chance(s.aspect < 0 ? 0.6 : 0.45)) s.budget = budgetLine(r, type);
  s.tags = r.chance(0.3);
  if (s.role === 'main' && r.chance(0.05)) s.explicitRole = true;
  if (!s.cancelled && r.chance(0.03)) s.explicitActive = true;
}

function makeDept(j: Jur, t: number): Dept {
  const type = DEPT_TYPES[t] as DeptType;
  return {
    t, type, id: `${j.id}.${type.code}`, jur: j, duties: [], byParent: new Map(), usedLocal: new Set(),
    cleanLocals: [], divisions: [],
  };
}

function topicKey(s: Spec): string {
  return `${s.kind === Kind.Local ? 'L' : 'T'}:${s.tt}:${s.ti}`;
}

function pickWeighted(r: Random, weights: readonly number[]): number {
  let x = r.float();
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] as number;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/**
 * The department's boilerplate lines, each family with its own probability and wording: the
 * 坚持党的领导 item first, the others after its 三定 statements (before the itemised powers).
 */
function addBoilerplate(r: Random, d: Dept): void {
  const j = d.jur;
  const words = LEVEL_WORDS[j.level];
  const vars: Record<string, string> = {
    F: d.type.field, P: words.party, G: words.gov, U: j.parent ? deptName(j.parent, d.type) : '',
  };
  const lines: Spec[] = [];
  for (let family = 0; family < BOILERPLATE_ZH.length; family++) {
    if (!r.chance(BOILERPLATE_RATE[family] as number)) continue;
    const english = BOILERPLATE_EN[family] ?? null;
    const en = english !== null && r.chance(BOILERPLATE_EN_RATE);
    let text: string;
    if (en) {
      text = fillVars(english!, { G: words.enGov });
    } else {
      // The national level has no level above its Party centre, and no counterpart.
      const variants = (BOILERPLATE_ZH[family] as readonly string[]).filter((v) =>
        !(v.includes('{U}') && !j.parent) && !(family === 0 && v.includes('{P}') && j.level === 'national'));
      text = fillVars(r.pick(variants), vars);
    }
    lines.push(newSpec(d, { kind: Kind.Boiler, tt: d.t, ti: family, en, fixedTitle: text }));
  }
  // Families 0 (party leadership) and 1 (职能转变) open and close the list; 2-5 precede 职能转变.
  const first = lines.filter((s) => s.ti === 0);
  const rest = lines.filter((s) => s.ti >= 2).concat(lines.filter((s) => s.ti === 1));
  d.duties.unshift(...first);
  const at = d.duties.findIndex((s) => s.aspect >= 0);
  d.duties.splice(at < 0 ? d.duties.length : at, 0, ...rest);
}

function generateJurisdiction(
  r: Random, j: Jur, parents: Map<number, Dept> | null, plan: Plan | null, truth: GroundTruth, planted: Planted,
): Map<number, Dept> {
  const depts = new Map<number, Dept>();
  const isLeaf = j.children.length === 0;
  const level = j.level;

  if (parents === null) {
    // ---- root: the mandate itself
    for (const t of j.types) {
      const type = DEPT_TYPES[t] as DeptType;
      const d = makeDept(j, t);
      depts.set(t, d);
      const order = r.shuffle(type.topics.map((_, i) => i)).filter(() => r.chance(TOPIC_KEEP));
      const items: Spec[] = [];
      for (const ti of order) {
        const en = r.chance(0.05);
        const s = newSpec(d, { kind: Kind.Topic, tt: t, ti, en, jw: r.int(SCOPE_VARIANTS) });
        s.style = randomStyle(r, s);
        ensureLength(r, s, level);
        if (!isLeaf && r.chance(0.02)) s.cascade = false;
        else if (r.chance(0.01)) s.cancelled = true;
        decorate(r, s, type);
        d.duties.push(s);
        const k = pickWeighted(r, ASPECT_WEIGHTS);
        const aspects = r.shuffle([0, 1, 2, 3, 4]).slice(0, k).sort((a, b) => a - b);
        for (const a of aspects) {
          const x = newSpec(d, { kind: Kind.Topic, tt: t, ti, en, aspect: a, jw: r.int(SCOPE_VARIANTS) });
          x.style = randomStyle(r, x);
          decorate(r, x, type);
          items.push(x);
        }
      }
      // 三定 statements first, then the itemised powers grouped by kind.
      items.sort((a, b) => a.aspect - b.aspect);
      d.duties.push(...items);
      addBoilerplate(r, d);
    }
    // Lead/support splits on shared subjects: a core department leads, another supports.
    const leaders = j.types.filter((t) => CORE.includes(t));
    const pairs = Math.min(6, Math.floor(j.types.length / 5));
    for (let k = 0; k < pairs && leaders.length > 0 && j.types.length > 1; k++) {
      const a = depts.get(r.pick(leaders)) as Dept;
      const candidates = a.duties.filter((s) => s.kind === Kind.Topic && s.aspect < 0 && s.role === 'main' && s.cascade && !s.cancelled);
      if (candidates.length === 0) continue;
      const x = r.pick(candidates);
      x.role = 'lead';
      x.explicitRole = true;
      const bt = r.pick(j.types.filter((t) => t !== a.t));
      const b = depts.get(bt) as Dept;
      const s = newSpec(b, { kind: Kind.Support, tt: x.tt, ti: x.ti, en: x.en, role: 'support', explicitRole: true, jw: r.int(SCOPE_VARIANTS) });
      s.style = randomStyle(r, s);
      s.leadSpec = x;
      s.leadByDuty = r.chance(0.5);
      decorate(r, s, b.type);
      const firstItem = b.duties.findIndex((y) => y.aspect >= 0);
      b.duties.splice(firstItem < 0 ? b.duties.length : firstItem, 0, s);
    }
  } else {
    // ---- lower level: restate the counterpart's duties
    const gapSets = new Map<number, Set<Spec>>();
    if (plan) {
      for (let g = 0; g < plan.gaps; g++) {
        for (let tries = 0; tries < 20; tries++) {
          const t = r.pick(j.types);
          const p = parents.get(t) as Dept;
          const counts = new Map<string, number>();
          for (const s of p.duties) counts.set(topicKey(s), (counts.get(topicKey(s)) ?? 0) + 1);
          const set = gapSets.get(t) ?? new Set<Spec>();
          const eligible = p.duties.filter((s) => s.kind === Kind.Topic && s.aspect < 0 && s.role === 'main' && s.cascade &&
            !s.cancelled && counts.get(topicKey(s)) === 1 && !set.has(s));
          if (eligible.length === 0) continue;
          const u = r.pick(eligible);
          set.add(u);
          gapSets.set(t, set);
          truth.gaps.push({ upper: `${p.id}/${u.id}`, jurisdiction: j.id });
          break;
        }
      }
    }
    for (const t of j.types) {
      const p = parents.get(t);
      if (!p) throw new Error(`generator: ${j.id} has type ${t} that its parent lacks`);
      const d = makeDept(j, t);
      depts.set(t, d);
      const skip = gapSets.get(t);
      for (const pd of p.duties) {
        if (pd.kind === Kind.Boiler || pd.cancelled || !pd.cascade || skip?.has(pd)) continue;
        const c = newSpec(d, {
          kind: pd.kind, tt: pd.tt, ti: pd.ti, part: pd.part, abbr: pd.abbr, aspect: pd.aspect, en: pd.en, role: pd.role,
          explicitRole: pd.role !== 'main', leadByDuty: pd.leadByDuty,
        });
        if (pd.common && r.chance(0.85)) {
          // Common catalogue text: identical in every sibling jurisdiction, no jurisdiction word.
          c.style = { ...pd.common };
          c.jw = -1;
          if (!c.en && c.aspect < 0 && c.role !== 'support' && c.style.clause < 0 && titleOf(c, level).length < 15) {
            c.style = tidy({ ...c.style, clause: c.style.frame % CLAUSES_ZH.length }, false);
          }
        } else {
          restateSubject(r, c, planted);
          c.style = paraphraseStyle(r, pd.style, pd);
          c.jw = r.int(SCOPE_VARIANTS);
          ensureLength(r, c, level);
        }
        planted.vertical.lower++;
        if (pd.basis && r.chance(0.5)) c.basis = pd.basis;
        if (!isLeaf && c.role === 'main' && c.aspect < 0 && r.chance(0.02)) c.cascade = false;
        if (r.chance(0.2)) c.mandate = `${p.id}/${pd.id}`;
        decorate(r, c, d.type);
        d.duties.push(c);
        d.byParent.set(pd, c);
      }
      // A little reordering.
      for (let i = 0; i + 1 < d.duties.length; i++) {
        if (r.chance(0.08)) {
          const a = d.duties[i] as Spec;
          d.duties[i] = d.duties[i + 1] as Spec;
          d.duties[i + 1] = a;
          i++;
        }
      }
      addBoilerplate(r, d);
    }
    // Support duties follow their lead into this jurisdiction.
    for (const d of depts.values()) {
      for (const [pd, c] of d.byParent) {
        if (c.role !== 'support' || !pd.leadSpec) continue;
        const leadDept = depts.get(pd.leadSpec.dept.t);
        const lead = leadDept?.byParent.get(pd.leadSpec);
        if (!lead) throw new Error(`generator: lead of ${pd.dept.id} support duty missing in ${j.id}`);
        c.leadSpec = lead;
      }
    }
  }

  if (isLeaf) {
    // Local duties with a legal basis (clean: founded on law, found nowhere above).
    for (const d of depts.values()) {
      const k = pickWeighted(r, [0.2, 0.5, 0.3]);
      for (let i = 0; i < k; i++) addLocal(r, d, level);
    }
    if (plan) plantProblems(r, depts, plan, level, planted);
  } else {
    // Text the children will share (common catalogue).
    for (const d of depts.values()) {
      for (const s of d.duties) {
        if (s.kind !== Kind.Boiler && r.chance(0.25)) s.common = paraphraseStyle(r, s.style, s);
      }
    }
  }

  // Ids.
  for (const d of depts.values()) {
    const width = Math.max(3, String(d.duties.length).length);
    d.duties.forEach((s, i) => {
      s.id = `d${pad(i + 1, width)}`;
    });
  }
  return depts;
}

/**
 * A lower level's wording of its counterpart's subject: now and then only one part of an
 * "A和B" subject, or a full form abbreviated (Chinese 三定 statements and itemised powers of
 * the mandate's topics; support duties keep their lead's words).
 */
function restateSubject(r: Random, c: Spec, planted: Planted): void {
  if (c.en || c.kind !== Kind.Topic || c.role === 'support') return;
  const forms = TOPIC_FORMS[c.tt]?.[c.ti];
  if (!forms) return;
  if (c.part === 0 && forms.length > 1 && r.chance(NARROW)) {
    c.part = 1 + r.int(forms.length - 1);
    c.abbr = -1;
    planted.vertical.narrowed++;
  }
  const form = forms[c.part] as Form;
  if (c.abbr < 0 && form.short.length > 0 && r.chance(ABBREVIATE)) {
    c.abbr = r.int(form.short.length);
    planted.vertical.abbreviated++;
  }
}

/** Local-only topics not yet used by this department (type.local_topics only). */
function unusedLocal(r: Random, d: Dept): number {
  const free = d.type.local_topics.map((_, i) => i).filter((i) => !d.usedLocal.has(i));
  if (free.length === 0) return -1;
  const ti = r.pick(free);
  d.usedLocal.add(ti);
  return ti;
}

function addLocal(r: Random, d: Dept, level: Level): Spec | null {
  const ti = unusedLocal(r, d);
  if (ti < 0) return null;
  const s = newSpec(d, { kind: Kind.Local, tt: d.t, ti, jw: r.int(SCOPE_VARIANTS), basis: lawArticle(r, d.type) });
  s.style = randomStyle(r, s);
  ensureLength(r, s, level);
  decorate(r, s, d.type);
  d.duties.push(s);
  d.cleanLocals.push(s);
  return s;
}

function insertAt(r: Random, d: Dept, s: Spec): void {
  d.duties.splice(r.int(d.duties.length + 1), 0, s);
}

/**
 * Subjects of the department's own mandate, as this department writes them (for lists that
 * name several). Not those it leads with another department's support: a list naming one
 * would pair with the support duty, whose \`lead\` names the lead duty, not the list.
 */
function ownSubjects(d: Dept): string[] {
  const seen = new Set<number>();
  const out: string[] = [];
  for (const s of d.duties) {
    if (s.kind !== Kind.Topic || s.en || s.role !== 'main' || s.aspect >= 0 || s.cancelled || seen.has(s.ti)) continue;
    seen.add(s.ti);
    out.push(topicText(s));
  }
  return out;
}

function plantProblems(r: Random, depts: Map<number, Dept>, plan: Plan, level: Level, planted: Planted): void {
  const list = [...depts.values()];
  const usedAsSource = new Set<Spec>();
  const J = SCOPE_VARIANTS;

  /** A local duty on `ti` in `d`, with a legal basis, placed anywhere in the department. */
  const localDuty = (d: Dept, ti: number, init: Partial<Spec> = {}): Spec => {
    const s = newSpec(d, { kind: Kind.Local, tt: d.t, ti, jw: r.int(J), basis: lawArticle(r, d.type), ...init });
    s.style = randomStyle(r, s);
    return s;
  };
  const place = (d: Dept, s: Spec): void => {
    ensureLength(r, s, level);
    decorate(r, s, d.type);
    if (s.kind === Kind.Composite || s.fixedTitle !== null) s.detail = -1;
    insertAt(r, d, s);
  };

  // different-verbs: B restates A's local duty with another verb, scope word and clause.
  // Resolved: the same, plus a division.
  const paraphrase = (resolved: boolean): void => {
    if (list.length < 2) return;
    for (let tries = 0; tries < 30; tries++) {
      const a = r.pick(list);
      let src = a.cleanLocals.find((s) => !usedAsSource.has(s)) ?? null;
      if (!src) src = addLocal(r, a, level);
      if (!src) continue;
      usedAsSource.add(src);
      if (src.style.clause < 0) src.style = tidy({ ...src.style, clause: r.int(CLAUSES_ZH.length) }, false);
      const b = r.pick(list.filter((x) => x !== a));
      const c = newSpec(b, { kind: Kind.Local, tt: src.tt, ti: src.ti, jw: r.other(J, src.jw % J), basis: lawArticle(r, a.type) });
      const frame = otherVerbFrame(r, src.style.frame);
      c.style = { frame, clause: otherClause(r, frame, src.style.clause), reorder: r.chance(0.5) };
      place(b, c);
      if (resolved) {
        a.divisions.push({ id: '', subject: topicText(src), a: src, b: c, scopes: r.pick(DIVISION_SCOPES) });
        planted.resolved.push([src, c]);
      } else {
        planted.overlaps.push([src, c, 'different-verbs']);
      }
      return;
    }
  };

  // abbreviation: one side writes the abbreviation of the other's full form.
  const abbreviation = (): void => {
    if (list.length < 2) return;
    const candidates: Array<readonly [Dept, number]> = [];
    for (const d of list) {
      const forms = LOCAL_FORMS[d.t] as Form[];
      for (let ti = d.type.local_topics.length; ti < forms.length; ti++) {
        if (!d.usedLocal.has(ti) && (forms[ti] as Form).short.length > 0) candidates.push([d, ti]);
      }
    }
    if (candidates.length === 0) return;
    const [a, ti] = r.pick(candidates);
    a.usedLocal.add(ti);
    const b = r.pick(list.filter((x) => x !== a));
    const short = r.int((LOCAL_FORMS[a.t]?.[ti] as Form).short.length);
    const src = localDuty(a, ti);
    const c = newSpec(b, { kind: Kind.Local, tt: a.t, ti, jw: r.int(J), basis: lawArticle(r, a.type) });
    c.style = paraphraseStyle(r, src.style, c);
    (r.chance(0.5) ? c : src).abbr = short;
    place(a, src);
    place(b, c);
    planted.overlaps.push([src, c, 'abbreviation']);
  };

  // short-vs-long: S names just the object; L has a broad duty whose detail lists it among its own subjects.
  const shortVsLong = (): void => {
    for (let tries = 0; tries < 30; tries++) {
      const s = r.pick(list);
      const others = list.filter((x) => x !== s && ownSubjects(x).length >= 2);
      if (others.length === 0) return;
      const ti = unusedLocal(r, s);
      if (ti < 0) continue;
      const l = r.pick(others);
      const short = localDuty(s, ti);
      short.fixedTitle = fill(r.pick(SHORT_FRAMES_ZH), topicText(short), jurWord(short, level));
      const items = r.shuffle(ownSubjects(l)).slice(0, 2 + r.int(2));
      items.splice(r.int(items.length + 1), 0, topicText(short));
      const long = newSpec(l, { kind: Kind.Composite, tt: l.t, ti: -1, jw: r.int(J), basis: lawArticle(r, l.type) });
      long.fixedTitle = fillVars(r.pick(BROAD_TITLES_ZH), { J: jurWord(long, level), F: l.type.field });
      long.fixedDetail = fillVars(r.pick(BROAD_DETAILS_ZH), { I: items.join('、') });
      place(s, short);
      place(l, long);
      planted.overlaps.push([short, long, 'short-vs-long']);
      return;
    }
  };

  // partial: A's object is one item of the list in B's title.
  const partial = (): void => {
    for (let tries = 0; tries < 30; tries++) {
      const a = r.pick(list);
      const others = list.filter((x) => x !== a && ownSubjects(x).length >= 1);
      if (others.length === 0) return;
      const ti = unusedLocal(r, a);
      if (ti < 0) continue;
      const b = r.pick(others);
      const small = localDuty(a, ti);
      const items = r.shuffle(ownSubjects(b)).slice(0, 1 + r.int(2));
      items.splice(r.int(items.length + 1), 0, topicText(small));
      const big = newSpec(b, { kind: Kind.Composite, tt: b.t, ti: -1, jw: r.int(J), basis: lawArticle(r, b.type) });
      const title = fill(r.pick(LIST_FRAMES_ZH), joinList(items), jurWord(big, level));
      big.fixedTitle = r.chance(0.4) ? `${title}，${r.pick(CLAUSES_ZH)}` : title;
      place(a, small);
      place(b, big);
      planted.overlaps.push([small, big, 'partial']);
      return;
    }
  };

  OVERLAP_CLASSES.forEach((cls, c) => {
    for (let i = 0; i < (plan.overlaps[c] as number); i++) {
      if (cls === 'different-verbs') paraphrase(false);
      else if (cls === 'abbreviation') abbreviation();
      else if (cls === 'short-vs-long') shortVsLong();
      else partial();
    }
  });
  for (let i = 0; i < plan.resolved; i++) paraphrase(true);

  // Orphan: a support duty on a local subject nobody here owns, with no lead.
  for (let i = 0; i < plan.orphans; i++) {
    for (let tries = 0; tries < 30; tries++) {
      const d = r.pick(list);
      const ti = unusedLocal(r, d);
      if (ti < 0) continue;
      const s = newSpec(d, { kind: Kind.Local, tt: d.t, ti, role: 'support', explicitRole: true, jw: r.int(J), basis: lawArticle(r, d.type) });
      s.style = randomStyle(r, s);
      decorate(r, s, d.type);
      insertAt(r, d, s);
      planted.orphans.push(s);
      break;
    }
  }

  // Unfounded: a local subject with no mandate above and no legal basis.
  for (let i = 0; i < plan.unfounded; i++) {
    for (let tries = 0; tries < 30; tries++) {
      const d = r.pick(list);
      const ti = unusedLocal(r, d);
      if (ti < 0) continue;
      const s = newSpec(d, { kind: Kind.Local, tt: d.t, ti, jw: r.int(J) });
      s.style = randomStyle(r, s);
      ensureLength(r, s, level);
      decorate(r, s, d.type);
      s.basis = null;
      insertAt(r, d, s);
      planted.unfounded.push(s);
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------
// Output

function writeDepartment(outDir: string, d: Dept, truth: GroundTruth): void {
  const j = d.jur;
  const level = j.level;
  const type = d.type;
  const name = deptName(j, type);
  const lines: string[] = [];
  lines.push('kind: department', `id: ${d.id}`, `name: ${q(name)}`);
  // A stable per-department hash decides the optional header fields (no RNG: keeps the stream independent of output).
  const h = hash(d.id);
  if (level !== 'national' && h % 5 !== 0) lines.push(`short_name: ${q(LEVEL_WORDS[level].short + type.short)}`);
  lines.push(`jurisdiction: ${j.id}`, `level: ${level}`);
  if (j.parent) lines.push(`counterparts: [${j.parent.id}.${type.code}]`);
  if (h % 7 !== 0) {
    const year = 2018 + (h % 5);
    const month = 1 + ((h >>> 3) % 12);
    const day = 1 + ((h >>> 7) % 28);
    lines.push(
      'source:',
      `  title: ${q(`${name}职能配置、内设机构和人员编制规定`)}`,
      `  url: ${q(`https://example.gov.cn/${j.id}/${type.code}/sanding.html`)}`,
      `  date: "${year}-${pad(month, 2)}-${pad(day, 2)}"`,
    );
  }
  if (d.duties.length === 0) lines.push('duties: []');
  else lines.push('duties:');
  for (const s of d.duties) {
    lines.push(`  - id: ${s.id}`, `    title: ${q(titleOf(s, level))}`);
    if (s.fixedDetail !== null || s.detail >= 0) lines.push(`    detail: ${q(detailOf(s, level))}`);
    if (s.explicitRole) lines.push(`    role: ${s.role}`);
    if (s.role === 'support' && s.leadSpec) {
      lines.push(`    lead: ${s.leadByDuty ? `${s.leadSpec.dept.id}/${s.leadSpec.id}` : s.leadSpec.dept.id}`);
    }
    if (s.mandate) lines.push(`    mandate: [${s.mandate}]`);
    if (s.basis) lines.push(`    basis: [${q(s.basis)}]`);
    if (!s.cascade) lines.push('    cascade: false');
    if (s.cancelled) lines.push('    status: cancelled');
    else if (s.explicitActive) lines.push('    status: active');
    if (s.budget) lines.push(`    budget: [${s.budget}]`);
    if (s.tags) lines.push(`    tags: [${q(type.field)}]`);
    if (s.kind === Kind.Boiler) truth.generic!.push(`${d.id}/${s.id}`);
  }
  d.divisions.forEach((div, i) => {
    const id = `${d.id}.div${i + 1}`;
    lines.push(
      '---',
      'kind: division',
      `id: ${id}`,
      `jurisdiction: ${j.id}`,
      `subject: ${q(div.subject)}`,
      'parties:',
      `  - department: ${div.a.dept.id}`,
      `    scope: ${q(div.scopes[0])}`,
      `    duties: [${div.a.id}]`,
      `  - department: ${div.b.dept.id}`,
      `    scope: ${q(div.scopes[1])}`,
      `    duties: [${div.b.id}]`,
    );
  });
  lines.push('');
  writeFileSync(join(outDir, j.dir, `${type.code}.yaml`), lines.join('\n'));
  truth.files++;
  truth.departments++;
  truth.duties += d.duties.length;
}

/** FNV-1a, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
