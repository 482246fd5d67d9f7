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
  for (const p of GENERIC_PATTERNS) if (p.test(title)) return p;
  for (const p of extra) if (p.test(title)) return p;
  return undefined;
}

/**
 * Duties of one government whose title is mostly made of terms that many of its
 * departments' titles use: the same line carried department after department, reworded
 * (完成市委市政府交办的其他任务 / 承办市委、市政府交办的其他事项). "Mostly" by weight (`base`:
 * a term's weight before rarity), so that a clause many titles end with (按规定报送相关情况)
 * does not make generic a title whose subject is its own. Many departments must carry the
 * line, not only its words one by one: 医疗服务价格管理 is no line carried alike because 医疗,
 * 服务 and 价格 each appear in some department's titles. Returns how many departments carry
 * each such duty's line, by duty index.
 */
export function carriedAlike(
  depts: readonly Department[], textOf: Int32Array, title: IdSets, base: Float64Array, vocab: readonly string[],
): Map<number, number> {
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
  const subject = (id: number) => !PROCEDURE_WORDS.has(vocab[id]!);
  const df = new Map<number, number>();
  const seen = new Int32Array(base.length);
  let stamp = 0;
  for (const dept of depts) {
    stamp++;
    for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
      const t = textOf[i]!;
      for (let k = title.starts[t]!; k < title.starts[t + 1]!; k++) {
        const id = title.ids[k]!;
        if (seen[id] === stamp) continue;
        seen[id] = stamp;
        df.set(id, (df.get(id) ?? 0) + 1);
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
      if (!subject(id)) continue;
      words++;
      total += base[id]!;
      if (df.get(id)! >= carriers) common += base[id]!;
    }
    // A line of its own subject on a common frame (受理和处理考古管理相关投诉举报) is not carried alike.
    // One common word (规划) is a subject too broad to pair, not a line carried alike.
    if (words >= 2 && common >= COMMON_TERMS_SHARE * total && total - common < MAX_OWN_WEIGHT) candidates.push(t);
  }
  const mine = new Uint8Array(base.length);
  const counted = new Uint8Array(depts.length);
  for (const t of candidates) {
    let total = 0;
    for (let k = title.starts[t]!; k < title.starts[t + 1]!; k++) {
      const id = title.ids[k]!;
      if (subject(id)) {
        mine[id] = 1;
        total += base[id]!;
      }
    }
    counted.fill(0);
    let lines = 0;
    for (const [u, ds] of holders) {
      let held = 0;
      let own = 0;
      for (let k = title.starts[u]!; k < title.starts[u + 1]!; k++) {
        const id = title.ids[k]!;
        if (mine[id]) held += base[id]!;
        else if (subject(id)) own += base[id]!;
      }
      // The same line: it holds this one's words, and says little else.
      if (held < COMMON_TERMS_SHARE * total || own > held) continue;
      for (const d of ds) if (!counted[d]) lines += counted[d] = 1;
    }
    for (let k = title.starts[t]!; k < title.starts[t + 1]!; k++) mine[title.ids[k]!] = 0;
    if (lines < carriers) continue;
    for (const d of holders.get(t)!) {
      const dept = depts[d]!;
      for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) if (textOf[i] === t) out.set(i, lines);
    }
  }
  return out;
}
