import { narrowedTo } from '../findings/accept.js';
import { STATUS, type Duty } from '../graph/graph.js';
import { candidatesAbove, candidatesInGovernment, evidenceBetween, type Candidate, type Evidence } from '../matching/candidates.js';
import type { MandateEvidence, OverlapEvidence } from '../matching/evidence.js';
import { ONE_THING_SCORE, sharesEnough } from '../matching/pairs.js';
import type { GenericReason } from '../matching/generic.js';
import { coveringDivision, sameDuties, standsFor } from '../rules/same-duty.js';
import type { RenderData } from '../types.js';
import type { AnalysisContext } from '../analysis/context.js';

/** Why a rule fires on two duties, or does not: a message id and its data. */
export interface Verdict {
  rule: string;
  fires: boolean;
  messageId: string;
  data: RenderData;
}

export interface PairExplanation {
  a: Duty;
  b: Duty;
  evidence: Evidence;
  generic: { a?: GenericReason; b?: GenericReason };
  thresholds: { overlap: number; mutual: number; mandate: number };
  /** Each duty's best candidate of the other kind of search (same government, or above). */
  bestOfA?: Candidate;
  bestOfB?: Candidate;
  verdicts: Verdict[];
}

export interface DutyExplanation {
  duty: Duty;
  generic?: GenericReason;
  /** Its nearest duties of other departments of its own government (overlap). */
  inGovernment: Candidate[];
  /** Its nearest duties of its counterparts' governments (mandate). */
  above: Candidate[];
  /** The higher-level duties it implements, explicit or inferred. */
  mandates: Array<{ duty: Duty; inferred: boolean; score?: number }>;
  thresholds: { overlap: number; mutual: number; mandate: number };
}

const NEAREST = 5;

function thresholdsOf(ctx: AnalysisContext) {
  const overlap = ctx.matching.threshold;
  return { overlap, mutual: Math.min(overlap, ctx.matching.mutualThreshold), mandate: ctx.matching.mandateThreshold };
}

/** One duty: its nearest duties in its government and above, and what it implements. */
export function explainDuty(ctx: AnalysisContext, duty: Duty): DutyExplanation {
  const m = ctx.matcher;
  const generic = m.genericReason(duty);
  return {
    duty,
    ...(generic ? { generic } : {}),
    inGovernment: candidatesInGovernment(m, duty).slice(0, NEAREST),
    above: candidatesAbove(m, duty).slice(0, NEAREST),
    mandates: ctx.mandatesOf(duty),
    thresholds: thresholdsOf(ctx),
  };
}

/** Two duties: every piece of evidence, and which rule fires on them or would not, and why. */
export function explainPair(ctx: AnalysisContext, a: Duty, b: Duty): PairExplanation {
  const m = ctx.matcher;
  const evidence = evidenceBetween(m, a, b);
  const thresholds = thresholdsOf(ctx);
  const ga = m.genericReason(a);
  const gb = m.genericReason(b);
  const out: PairExplanation = { a, b, evidence, generic: { ...(ga ? { a: ga } : {}), ...(gb ? { b: gb } : {}) }, thresholds, verdicts: [] };
  if (evidence.overlap && a.department.jurisdiction !== b.department.jurisdiction) {
    out.verdicts.push({ rule: 'overlap', fires: false, messageId: 'explain.unrelated', data: {} });
  } else if (evidence.overlap) {
    const bestA = candidatesInGovernment(m, a)[0];
    const bestB = candidatesInGovernment(m, b)[0];
    if (bestA) out.bestOfA = bestA;
    if (bestB) out.bestOfB = bestB;
    out.verdicts.push(overlapVerdict(ctx, a, b, evidence.overlap, bestA, bestB));
  } else if (evidence.mandate) {
    const [lower, upper] = evidence.mandate.lower === 'a' ? [a, b] : [b, a];
    const candidates = candidatesAbove(m, lower);
    const best = candidates.find((c) => c.counterpart);
    const other = candidates.find((c) => !c.counterpart);
    if (evidence.mandate.lower === 'a') {
      if (best) out.bestOfA = best;
    } else if (best) out.bestOfB = best;
    out.verdicts.push(mandateVerdict(ctx, lower, upper, evidence.mandate, best, other));
  }
  const lower = evidence.mandate?.lower === 'b' ? b : a;
  const upper = lower === a ? b : a;
  out.verdicts = out.verdicts.map((v) => accepted(v, v.rule === 'overlap' || v.rule === 'multiple-leads' ? [[a, b], [b, a]]
    : [[lower, v.rule === 'misplaced-duty' ? upper : undefined]]));
  return out;
}

/** A verdict that fires on a finding an `ignore` entry of one of its duties accepts (that duty, and the other side of the finding) says so. */
function accepted(v: Verdict, sides: Array<[Duty, Duty | undefined]>): Verdict {
  if (!v.fires) return v;
  for (const [duty, other] of sides) {
    const side = other ? { duties: [other.ref], departments: [other.department.id] } : { duties: [], departments: [] };
    const entry = duty.ignore.find((i) => i.rule === v.rule && narrowedTo(i, side));
    if (entry) return { rule: v.rule, fires: false, messageId: 'explain.accepted', data: { ref: duty.ref, reason: entry.reason } };
  }
  return v;
}

function overlapVerdict(ctx: AnalysisContext, a: Duty, b: Duty, evidence: OverlapEvidence, bestA?: Candidate, bestB?: Candidate): Verdict {
  const { score } = evidence;
  const t = thresholdsOf(ctx);
  const no = (messageId: string, data: RenderData = {}): Verdict => ({ rule: 'overlap', fires: false, messageId, data });
  if (a.department === b.department) return no('explain.same-department');
  if (ctx.isGeneric(a) || ctx.isGeneric(b)) return no('explain.generic', { ref: ctx.isGeneric(a) ? a.ref : b.ref });
  if (a.status !== 'active' || b.status !== 'active') return no('explain.inactive', { ref: a.status !== 'active' ? a.ref : b.ref });
  if (a.role === 'support' || b.role === 'support') return no('explain.support', { ref: a.role === 'support' ? a.ref : b.ref });
  const rule = a.role === 'lead' && b.role === 'lead' ? 'multiple-leads' : 'overlap';
  const paired = sameDuties(ctx, t.overlap).find((p) => standsFor(p, a, b));
  const data: RenderData = { score: shown(score, score < t.mutual ? t.mutual : t.overlap), threshold: t.overlap, mutual: t.mutual, things: ctx.matcher.sharedThings(a, b), one: ONE_THING_SCORE };
  if (!paired) {
    if (score < t.mutual - 1e-9) return { rule, fires: false, messageId: 'explain.below', data };
    if (!sharesEnough(evidence, () => data.things as number)) return { rule, fires: false, messageId: 'explain.one-thing', data };
    const better = bestA && bestA.duty !== b ? bestA : bestB && bestB.duty !== a ? bestB : undefined;
    return { rule, fires: false, messageId: 'explain.not-mutual', data: { ...data, better: better?.duty.ref ?? '', betterScore: round(better?.score ?? 0) } };
  }
  const division = coveringDivision(ctx, a, b);
  if (division) return { rule, fires: true, messageId: 'explain.divided', data: { division: division.id, subject: division.subject } };
  if (paired.mandate !== undefined) return { rule, fires: true, messageId: 'explain.same-mandate', data: { mandate: paired.mandate } };
  return { rule, fires: true, messageId: score >= t.overlap - 1e-9 ? 'explain.fires' : 'explain.fires-mutual', data };
}

function mandateVerdict(ctx: AnalysisContext, lower: Duty, upper: Duty, evidence: MandateEvidence, best?: Candidate, other?: Candidate): Verdict {
  const t = thresholdsOf(ctx);
  const { score } = evidence;
  const data: RenderData = { lower: lower.ref, upper: upper.ref, score: shown(score, t.mandate), threshold: t.mandate };
  const verdict = (rule: string, fires: boolean, messageId: string, more: RenderData = {}): Verdict => ({ rule, fires, messageId, data: { ...data, ...more } });
  if (ctx.isGeneric(lower)) return verdict('unfounded-duty', false, 'explain.generic', { ref: lower.ref });
  const edges = ctx.mandatesOf(lower);
  const edge = edges.find((e) => e.duty === upper);
  const counterpart = lower.department.counterparts.includes(upper.department.id);
  if (edge && !edge.inferred) {
    return counterpart ? verdict('mandate-gap', false, 'explain.explicit') : verdict('misplaced-duty', true, 'explain.explicit-misplaced');
  }
  if (edge) {
    if (!counterpart) return verdict('misplaced-duty', true, 'explain.misplaced', best ? { best: best.duty.ref, bestScore: round(best.score) } : {});
    return verdict('mandate-gap', false, edge === edges[0] ? 'explain.implements' : 'explain.covers');
  }
  if (lower.status !== 'active' && lower.status !== 'delegated') return verdict('unfounded-duty', false, 'explain.inactive', { ref: lower.ref });
  if (upper.status !== 'active' && upper.status !== 'delegated') return verdict('mandate-gap', false, 'explain.inactive', { ref: upper.ref });
  if (edges.length > 0 && !edges[0]!.inferred) {
    return verdict(counterpart ? 'mandate-gap' : 'misplaced-duty', false, 'explain.explicit-other', { other: edges.map((e) => e.duty.ref).join(', ') });
  }
  if (!counterpart) return verdict('misplaced-duty', false, 'explain.not-counterpart', { counterparts: lower.department.counterparts, ...(other ? { best: other.duty.ref } : {}) });
  if (edges.length > 0) return verdict('mandate-gap', false, 'explain.implements-other', { other: edges[0]!.duty.ref });
  if (best && best.duty !== upper && best.score >= score) {
    return verdict('unfounded-duty', false, 'explain.not-best', { best: best.duty.ref, bestScore: round(best.score) });
  }
  if (lower.basis.length > 0) return verdict('unfounded-duty', false, 'explain.basis', { basis: lower.basis.join('; ') });
  const founded = ctx.graph.statuses[lower.index] !== STATUS.active;
  if (evidence.by === 'powers') return verdict('unfounded-duty', !founded, 'explain.powers', { similarity: round(evidence.similarity) });
  return verdict('unfounded-duty', !founded, 'explain.mandate-below');
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** A score as a message shows it beside `threshold`: two decimals, three when two would round it up to a threshold it is below. */
function shown(score: number, threshold: number): number {
  const r = round(score);
  return score < threshold - 1e-9 && r >= threshold ? Math.floor(score * 1000) / 1000 : r;
}
