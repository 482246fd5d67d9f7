import type { Department } from '../graph/graph.js';
import { GENERIC_PATTERNS } from '../text/lexicon/generic.js';
import { PROCEDURE_WORDS } from '../text/lexicon/powers.js';
import { normalizeText } from '../text/normalize.js';
import type { IdSets } from './texts.js';

/** A line is carried by "many" departments of a government from this share of them (and at least MIN_CARRIERS). */
const CARRIER_SHARE = 0.3;
const MIN_CARRIERS = 3;
/** The share of a title's weight that many departments' titles must also use for the title to be generic. */
const COMMON_TERMS_SHARE = 0.7;
/** …and what it says of its own must weigh less than one ordinary word. */
const MAX_OWN_WEIGHT = 0.6;

/**
 * Why a duty is boilerplate: a pattern (built-in or from the config), a title made only of
 * clauses many departments carry (genericClauses), or the departments that carry it alike.
 */
export type GenericReason = { pattern: string } | { clause: string } | { carriers: number };

/** Config patterns: `/regex/` or a plain phrase, matched against normalised titles. */
export function compilePatterns(patterns: readonly string[]): RegExp[] {
  return patterns.map((p) => {
    const m = /^\/(.+)\/([a-z]*)$/.exec(p);
    if (m) return new RegExp(m[1]!, m[2]!.replace(/[gy]/g, ''));
    return new RegExp(normalizeText(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  });
}

/** The pattern a normalised title matches, if any (built-in patterns first, then `extra`). */
export function matchingPattern(title: string, extra: readonly RegExp[]): RegExp | undefined {
  if (/[\u3400-\u9fff]/.test(title)) for (const p of GENERIC_PATTERNS.chinese) if (p.test(title)) return p;
  if (/[a-z]/.test(title)) for (const p of GENERIC_PATTERNS.english) if (p.test(title)) return p;
  for (const p of extra) if (p.test(title)) return p;
  return undefined;
}

/** Per term of `vocab`, 1 when it names a kind of power (PROCEDURE_WORDS), which is no part of a line carried alike. */
export function procedureFlags(vocab: readonly string[]): Uint8Array {
  return Uint8Array.from(vocab, (t) => (PROCEDURE_WORDS.has(t) ? 1 : 0));
}

/**
 * Duties of one government whose title is mostly made of terms that many of its
 * departments' titles use: the same line carried department after department, reworded
 * (完成市委市政府交办的其他任务 / 承办市委、市政府交办的其他事项). "Mostly" by weight (`base`:
 * a term's weight before rarity), so that a clause many titles end with (按规定报送相关情况)
 * does not make generic a title whose subject is its own. Many departments must carry the
 * line, not only its words one by one: 医疗服务价格管理 is no line carried alike because 医疗,
 * 服务 and 价格 each appear in some department's titles.
 */
export class CarriedAlike {
  /** Per term: how many departments of the government being read use it (for the government numbered `dfRound`)… */
  private readonly df: Int32Array;
  private readonly dfRound: Int32Array;
  /** …and the department that last counted it. Allocated once: there are governments by the thousand. */
  private readonly seen: Int32Array;
  private round = 0;
  private stamp = 0;

  constructor(private readonly textOf: Int32Array, private readonly title: IdSets, private readonly base: Float64Array, private readonly procedure: Uint8Array) {
    this.df = new Int32Array(base.length);
    this.dfRound = new Int32Array(base.length);
    this.seen = new Int32Array(base.length);
  }

  /** The duties of the government of `depts` carried alike, with how many departments carry each one's line, by duty index. */
  in(depts: readonly Department[]): Map<number, number> {
    const { textOf, title, base, procedure, df, dfRound, seen } = this;
    const carriers = Math.max(MIN_CARRIERS, Math.ceil(CARRIER_SHARE * depts.length));
    const out = new Map<number, number>();
    if (depts.length < carriers) return out;
    // Each distinct title once, with the departments (by position in `depts`) that hold it.
    const holders = new Map<number, number[]>();
    depts.forEach((dept, d) => {
      for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
        const list = holders.get(textOf[i]!);
        if (!list) holders.set(textOf[i]!, [d]);
        else if (list.at(-1) !== d) list.push(d);
      }
    });
    const government = ++this.round;
    for (const dept of depts) {
      const stamp = ++this.stamp;
      for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
        const t = textOf[i]!;
        for (let k = title.starts[t]!; k < title.starts[t + 1]!; k++) {
          const id = title.ids[k]!;
          if (seen[id] === stamp) continue;
          seen[id] = stamp;
          if (dfRound[id] !== government) {
            dfRound[id] = government;
            df[id] = 0;
          }
          df[id] = df[id]! + 1;
        }
      }
    }
    // Titles whose words many departments use, the only ones worth checking line by line.
    const candidates: number[] = [];
    for (const t of holders.keys()) {
      let common = 0;
      let total = 0;
      let words = 0;
      for (let k = title.starts[t]!; k < title.starts[t + 1]!; k++) {
        const id = title.ids[k]!;
        // The kind of power a line exercises is no part of a frame: 公路建设 is its own subject
        // on 负责实施…有关行政处罚, however many departments punish.
        if (procedure[id]) continue;
        words++;
        total += base[id]!;
        if (df[id]! >= carriers) common += base[id]!;
      }
      // A line of its own subject on a common frame (受理和处理考古管理相关投诉举报) is not carried alike.
      // One common word (规划) is a subject too broad to pair, not a line carried alike.
      if (words >= 2 && common >= COMMON_TERMS_SHARE * total && total - common < MAX_OWN_WEIGHT) candidates.push(t);
    }
    // Each distinct title by number: the weight of what it says, and the titles that hold each term.
    const titles = [...holders.keys()];
    const said = new Float64Array(titles.length);
    const holding = new Map<number, number[]>();
    titles.forEach((u, n) => {
      for (let k = title.starts[u]!; k < title.starts[u + 1]!; k++) {
        const id = title.ids[k]!;
        if (procedure[id]) continue;
        said[n] = said[n]! + base[id]!;
        const list = holding.get(id);
        if (list) list.push(n);
        else holding.set(id, [n]);
      }
    });
    const held = new Float64Array(titles.length);
    const stampOf = new Int32Array(titles.length);
    const counted = new Uint8Array(depts.length);
    let round = 0;
    for (const t of candidates) {
      round++;
      let total = 0;
      const touched: number[] = [];
      for (let k = title.starts[t]!; k < title.starts[t + 1]!; k++) {
        const id = title.ids[k]!;
        if (procedure[id]) continue;
        total += base[id]!;
        for (const n of holding.get(id)!) {
          if (stampOf[n] !== round) {
            stampOf[n] = round;
            held[n] = 0;
            touched.push(n);
          }
          held[n] = held[n]! + base[id]!;
        }
      }
      counted.fill(0);
      let lines = 0;
      for (const n of touched) {
        // The same line: it holds this one's words, and says little else.
        if (held[n]! < COMMON_TERMS_SHARE * total || said[n]! - held[n]! > held[n]!) continue;
        for (const d of holders.get(titles[n]!)!) if (!counted[d]) lines += counted[d] = 1;
      }
      if (lines < carriers) continue;
      for (const d of holders.get(t)!) {
        const dept = depts[d]!;
        for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) if (textOf[i] === t) out.set(i, lines);
      }
    }
    return out;
  }
}
