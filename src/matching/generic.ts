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
 * does not make generic a title whose subject is its own. Returns how many departments
 * carry each such duty's terms, by duty index.
 */
export function carriedAlike(
  depts: readonly Department[], textOf: Int32Array, title: IdSets, base: Float64Array, vocab: readonly string[],
): Map<number, number> {
  const terms = base.length;
  const carriers = Math.max(MIN_CARRIERS, Math.ceil(CARRIER_SHARE * depts.length));
  const out = new Map<number, number>();
  if (depts.length < carriers) return out;
  const df = new Map<number, number>();
  const seen = new Int32Array(terms);
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
  for (const dept of depts) {
    for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
      const t = textOf[i]!;
      let common = 0;
      let total = 0;
      let least = Infinity;
      let words = 0;
      for (let k = title.starts[t]!; k < title.starts[t + 1]!; k++) {
        const id = title.ids[k]!;
        // The kind of power a line exercises is no part of a frame: 公路建设 is its own subject
        // on 负责实施…有关行政处罚, however many departments punish.
        if (PROCEDURE_WORDS.has(vocab[id]!)) continue;
        words++;
        const holders = df.get(id)!;
        total += base[id]!;
        if (holders >= carriers) {
          common += base[id]!;
          least = Math.min(least, holders);
        }
      }
      // A line of its own subject on a common frame (受理和处理考古管理相关投诉举报) is not carried alike.
      // One common word (规划) is a subject too broad to pair, not a line carried alike.
      if (words >= 2 && common >= COMMON_TERMS_SHARE * total && total - common < MAX_OWN_WEIGHT) out.set(i, least);
    }
  }
  return out;
}
