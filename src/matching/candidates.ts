import { inForce, STATUS, type Department, type Duty } from '../graph/graph.js';
import { lastMandateEvidence, mandateEvidence, mandateScore, overlapEvidence, overlapScore, type MandateEvidence, type OverlapEvidence } from './evidence.js';
import type { Matcher } from './matcher.js';

/** A duty scored against another. */
export interface Candidate {
  duty: Duty;
  score: number;
  /** For a higher-level duty: whether its department is among the lower department's counterparts. */
  counterpart?: boolean;
  /** For a higher-level duty that cannot found the lower one (a licence or fee it does not speak of): `score` is then their similarity. */
  powers?: true;
}

/**
 * Every active, non-generic duty of other departments of `duty`'s government that shares
 * an informative term with it, best first: what the pair search weighs it against.
 */
export function candidatesInGovernment(m: Matcher, duty: Duty): Candidate[] {
  const { graph, state } = m;
  const depts = graph.jurisdictions.get(duty.department.jurisdiction) ?? [];
  return m.inGovernmentOf(duty, (scoring) => {
    const searched = dutiesOf(m, depts, (i) => graph.statuses[i] === STATUS.active);
    state.postings.build(searched, state.textOf, state.sets.all);
    state.postings.query(m.textOf(duty), state.sets.all, scoring.w, (i) => graph.duties[i]!.department !== duty.department, 0);
    return rank(state.postings.touched.map((i) => ({
      duty: graph.duties[i]!, score: overlapScore(scoring, state.sets, m.textOf(duty), state.textOf[i]!),
    })));
  });
}

/**
 * Every duty in force of the governments `duty`'s counterparts belong to that shares an
 * informative term with it, best first, each marked counterpart or not: what mandate
 * inference weighs it against. One that cannot found it for its powers is ranked by similarity.
 */
export function candidatesAbove(m: Matcher, duty: Duty): Candidate[] {
  const { graph, state } = m;
  const counterparts = new Set(duty.department.counterparts);
  const governments = new Set([...counterparts].map((id) => graph.departmentById.get(id)?.jurisdiction)
    .filter((j): j is string => j !== undefined && j !== duty.department.jurisdiction));
  const out: Candidate[] = [];
  for (const j of [...governments].sort()) {
    const depts = graph.jurisdictions.get(j)!;
    m.inGovernment(depts, (scoring) => {
      const searched = dutiesOf(m, depts, (i) => inForce(graph.statuses[i]!));
      state.postings.build(searched, state.textOf, state.sets.all);
      state.postings.query(m.textOf(duty), state.sets.all, scoring.w, () => true, 0);
      for (const i of state.postings.touched) {
        const upper = graph.duties[i]!;
        const score = mandateScore(scoring, state.sets, m.textOf(duty), state.textOf[i]!);
        const { by, similarity } = lastMandateEvidence();
        const counterpart = counterparts.has(upper.department.id);
        out.push(by === 'powers' && score === 0 ? { duty: upper, score: similarity, counterpart, powers: true } : { duty: upper, score, counterpart });
      }
    });
  }
  return rank(out);
}

function dutiesOf(m: Matcher, depts: readonly Department[], keep: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (const dept of depts) {
    for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) if (!m.state.generic[i] && keep(i)) out.push(i);
  }
  return out;
}

function rank(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => c.score > 0).sort((x, y) => y.score - x.score || x.duty.index - y.duty.index);
}

/** A term of two duties, its weight, and where each holds it. */
export interface TermRow {
  term: string;
  weight: number;
  a?: 'title' | 'detail';
  b?: 'title' | 'detail';
}

/**
 * The evidence between two duties, weighed in the government that decides between them:
 * their own when they share one (overlap evidence), the higher one's when one is above
 * the other's department's counterparts (mandate evidence, the lower duty first).
 */
export interface Evidence {
  weighedIn: string;
  terms: TermRow[];
  overlap?: OverlapEvidence;
  mandate?: MandateEvidence & { lower: 'a' | 'b' };
}

export function evidenceBetween(m: Matcher, a: Duty, b: Duty): Evidence {
  const { graph, state } = m;
  const above = (x: Duty, y: Duty) => x.department.counterparts.some((id) => graph.departmentById.get(id)?.jurisdiction === y.department.jurisdiction) &&
    x.department.jurisdiction !== y.department.jurisdiction;
  const lower = above(a, b) ? 'a' : above(b, a) ? 'b' : undefined;
  const judge = lower === 'a' ? b : a;
  const depts = graph.jurisdictions.get(judge.department.jurisdiction) ?? [judge.department];
  return m.inGovernment(depts, (scoring) => {
    const { w } = scoring;
    const rows = new Map<string, TermRow>();
    const place = (duty: Duty, side: 'a' | 'b') => {
      const t = m.textOf(duty);
      for (const [part, sets] of [['title', state.sets.title], ['detail', state.sets.detail]] as const) {
        for (let k = sets.starts[t]!; k < sets.starts[t + 1]!; k++) {
          const id = sets.ids[k]!;
          const term = state.sets.vocab[id]!;
          const row = rows.get(term) ?? rows.set(term, { term, weight: w[id]! }).get(term)!;
          row[side] ??= part;
        }
      }
    };
    place(a, 'a');
    place(b, 'b');
    const terms = [...rows.values()].sort((x, y) => y.weight - x.weight || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
    const out: Evidence = { weighedIn: judge.department.jurisdiction, terms };
    if (lower === undefined) out.overlap = overlapEvidence(scoring, state.sets, m.textOf(a), m.textOf(b));
    else {
      const [l, u] = lower === 'a' ? [a, b] : [b, a];
      out.mandate = { ...mandateEvidence(scoring, state.sets, m.textOf(l), m.textOf(u)), lower };
    }
    return out;
  });
}
