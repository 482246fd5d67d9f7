import type { AnalysisContext } from '../analysis/context.js';
import type { Division, Duty } from '../graph/graph.js';
import { declaresMandate, STATUS } from '../graph/graph.js';
import { addToGroup } from '../groups.js';
import type { MessageData, RawFinding, RawRelated } from '../types.js';
import { roundScore } from '../score.js';
import { onDuty, relatedDuty } from './rule.js';

/** Two duties of different departments of one jurisdiction that are the same or nearly the same duty. */
export interface SameDuty {
  a: Duty;
  b: Duty;
  /** The higher-level duty both explicitly implement, when that is what makes them the same. */
  mandate?: string;
  /** Text similarity, when that is what makes them the same. */
  score?: number;
}

/** How much of a division's subject a duty must contain to fall under it. */
export const SUBJECT_CONTAINMENT = 0.5;

/**
 * Pairs of active duties held by different departments of one jurisdiction: by the same
 * explicit mandate item, or by text at or above the threshold. Explicit wins over text.
 */
export function sameDuties(ctx: AnalysisContext, threshold: number): SameDuty[] {
  return ctx.memo(`sameDuties:${threshold}`, () => findSameDuties(ctx, threshold));
}

function findSameDuties(ctx: AnalysisContext, threshold: number): SameDuty[] {
  const out = new Map<number, SameDuty>();
  const n = ctx.graph.duties.length;
  // One number per pair, smaller index first: a million duties square to well within 2^53.
  const add = (x: Duty, y: Duty, pair: (a: Duty, b: Duty) => SameDuty) => {
    const [a, b] = x.index < y.index ? [x, y] : [y, x];
    const key = a.index * n + b.index;
    if (!out.has(key)) out.set(key, pair(a, b));
  };

  const { statuses } = ctx.graph;
  for (const depts of ctx.graph.jurisdictions.values()) {
    const byMandate = new Map<string, Duty[]>();
    for (const dept of depts) {
      for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
        if (statuses[i] !== STATUS.active || !declaresMandate(ctx.graph, i)) continue;
        const duty = dept.duties[i - dept.firstDuty]!;
        if (ctx.isGeneric(duty)) continue;
        for (const ref of duty.mandate.length === 1 ? duty.mandate : new Set(duty.mandate)) addToGroup(byMandate, ref, duty);
      }
    }
    for (const [mandate, duties] of byMandate) {
      for (let i = 0; i < duties.length; i++) {
        for (let j = i + 1; j < duties.length; j++) {
          if (duties[i]!.department !== duties[j]!.department) add(duties[i]!, duties[j]!, (a, b) => ({ a, b, mandate }));
        }
      }
    }
  }
  for (const p of ctx.sameDutyPairs(threshold)) {
    if (p.a.status === 'active' && p.b.status === 'active') add(p.a, p.b, (a, b) => ({ a, b, score: p.score }));
  }
  return [...out.values()].sort((p, q) => p.a.index - q.a.index || p.b.index - q.b.index);
}

/**
 * The division that settles a pair: both departments are parties, and either the parties'
 * listed duties name the pair, or (when they list none) both duties fall under its subject.
 */
export function coveringDivision(ctx: AnalysisContext, a: Duty, b: Duty): Division | undefined {
  for (const div of ctx.graph.divisionsByJurisdiction.get(a.department.jurisdiction) ?? []) {
    const pa = div.parties.find((p) => p.department === a.department.id);
    const pb = div.parties.find((p) => p.department === b.department.id);
    if (!pa || !pb) continue;
    if (pa.duties.length > 0 || pb.duties.length > 0) {
      const names = (p: typeof pa, d: Duty) => p.duties.length === 0 || p.duties.includes(d.id);
      if (names(pa, a) && names(pb, b)) return div;
      continue;
    }
    const under = (d: Duty) => ctx.matcher.containment(div.subject, d) >= SUBJECT_CONTAINMENT;
    if (under(a) && under(b)) return div;
  }
  return undefined;
}

/**
 * The finding for a same-duty pair, on its first duty: `<base>.mandate` or `<base>.text`,
 * with `-divided` and at most info severity when a division settles it.
 */
export function pairFinding(ctx: AnalysisContext, rule: string, base: string, pair: SameDuty): RawFinding {
  const { a, b } = pair;
  const division = coveringDivision(ctx, a, b);
  const data: MessageData = { otherRef: b.ref, otherName: b.department.name, otherTitle: b.title };
  const related: RawRelated[] = [relatedDuty(b)];
  const extra: Partial<RawFinding> = { related };
  if (division) {
    Object.assign(data, { division: division.id, subject: division.subject });
    related.push({ division: division.id, loc: division.loc });
    extra.maxSeverity = 'info';
  }
  const suffix = division ? '-divided' : '';
  if (pair.mandate !== undefined) {
    return onDuty(rule, a, `${base}.mandate${suffix}`, { ...data, mandate: pair.mandate }, { ...extra, inferred: false });
  }
  const score = roundScore(pair.score!);
  const terms = ctx.terms(a, b);
  return onDuty(rule, a, `${base}.text${suffix}`, { ...data, score, terms }, { ...extra, score, terms, inferred: true });
}
