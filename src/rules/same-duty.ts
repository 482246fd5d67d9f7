import type { AnalysisContext } from '../analysis/context.js';
import type { Department, Division, Duty } from '../graph/graph.js';
import { declaresMandate, STATUS } from '../graph/graph.js';
import { addToGroup } from '../groups.js';
import { GROUP_SIZE } from '../matching/pairs.js';
import type { MessageData, RawFinding, RawRelated } from '../types.js';
import { roundScore } from '../score.js';
import { onDuty, relatedDuty } from './rule.js';

/**
 * Two duties of different departments of one jurisdiction that are the same or nearly the
 * same duty; or, with `as` and `bs`, every duty of the one side with every duty of the other
 * in another department, where a side is a group (GROUP_SIZE or more duties that implement
 * one higher-level duty, or whose texts matching cannot tell apart): each side's duties in
 * index order, `a` and `b` their first. A group with itself has `as === bs`.
 */
export interface SameDuty {
  a: Duty;
  b: Duty;
  /** The higher-level duty both explicitly implement, when that is what makes them the same. */
  mandate?: string;
  /** Text similarity, when that is what makes them the same. */
  score?: number;
  as?: readonly Duty[];
  bs?: readonly Duty[];
}

/** How much of a division's subject a duty must contain to fall under it. */
export const SUBJECT_CONTAINMENT = 0.5;
/** Duties a finding lists in `related` at most; its message says how many it stands for. */
export const MAX_RELATED = 50;
/**
 * Departments of a group that `graph` links and `matrix` counts each with each, at most, as
 * pairs are: up to 12 (66 links), a clique still reads in a picture and tells who overlaps
 * whom. A larger group is a star from its first department, so that a line a thousand
 * departments hold is 999 links, not 499,500, and the views stay linear (groupLinks).
 */
export const MAX_CLIQUE = 12;
/**
 * Pair findings of a rule one duty (or group) may be in, at most: beyond, they are one
 * finding on it, listing the others best first. A duty matching everything is one problem.
 */
export const MAX_PAIRS = 50;

/**
 * Same-duty pairs and groups of active duties held by different departments of one
 * jurisdiction: by the same explicit mandate item, or by text at or above the threshold.
 * Explicit wins over text.
 */
export function sameDuties(ctx: AnalysisContext, threshold: number): SameDuty[] {
  return ctx.memo(`sameDuties:${threshold}`, () => findSameDuties(ctx, threshold));
}

function findSameDuties(ctx: AnalysisContext, threshold: number): SameDuty[] {
  const out: SameDuty[] = [];
  const { graph } = ctx;
  const { statuses } = graph;
  const explicit = (d: Duty) => statuses[d.index] === STATUS.active && declaresMandate(graph, d.index) && !ctx.isGeneric(d);
  /** Whether two duties implement one higher-level duty explicitly: then the mandate's pair or group has them. */
  const sharesMandate = (x: Duty, y: Duty) => explicit(x) && explicit(y) && x.mandate.some((ref) => y.mandate.includes(ref));
  for (const depts of graph.jurisdictions.values()) {
    const byMandate = new Map<string, Duty[]>();
    for (const dept of depts) {
      for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
        if (statuses[i] !== STATUS.active || !declaresMandate(graph, i)) continue;
        const duty = dept.duties[i - dept.firstDuty]!;
        if (ctx.isGeneric(duty)) continue;
        for (const ref of duty.mandate.length === 1 ? duty.mandate : new Set(duty.mandate)) addToGroup(byMandate, ref, duty);
      }
    }
    // A group of one higher-level duty's implementers once, by its first mandate item; a
    // pair once, by the first item the two share, unless a group of theirs has them.
    const grouped = new Set<string>();
    const inGroup = new Set<string>();
    for (const [mandate, duties] of byMandate) {
      if (duties.length < GROUP_SIZE) continue;
      inGroup.add(mandate);
      const members = duties.map((d) => d.index).join();
      if (grouped.has(members)) continue;
      grouped.add(members);
      out.push({ a: duties[0]!, b: duties[0]!, mandate, as: duties, bs: duties });
    }
    const paired = new Set<string>();
    for (const [mandate, duties] of byMandate) {
      if (duties.length !== 2) continue;
      const [a, b] = duties as [Duty, Duty];
      if (a.department === b.department || a.mandate.some((ref) => inGroup.has(ref) && b.mandate.includes(ref))) continue;
      const key = `${a.index} ${b.index}`;
      if (!paired.has(key)) out.push({ a, b, mandate });
      paired.add(key);
    }
  }
  for (const p of ctx.sameDutyPairs(threshold)) {
    if (p.as && p.bs) {
      // A group whose every duty implements one higher-level duty is the mandate's; one
      // where only some do stays whole, so the pairs of those are in both findings.
      if (!oneMandate(p.as === p.bs ? p.as : [...p.as, ...p.bs], explicit)) out.push({ a: p.a, b: p.b, score: p.score, as: p.as, bs: p.bs });
    } else if (p.a.status === 'active' && p.b.status === 'active' && !sharesMandate(p.a, p.b)) {
      out.push({ a: p.a, b: p.b, score: p.score });
    }
  }
  return out.sort((p, q) => p.a.index - q.a.index || p.b.index - q.b.index);
}

/** Whether a same-duty pair or group (SameDuty) stands for the pair of `x` and `y`. */
export function standsFor(unit: SameDuty, x: Duty, y: Duty): boolean {
  if (!unit.as || !unit.bs) return (unit.a === x && unit.b === y) || (unit.a === y && unit.b === x);
  return x.department !== y.department && ((unit.as.includes(x) && unit.bs.includes(y)) || (unit.as.includes(y) && unit.bs.includes(x)));
}

function oneMandate(duties: readonly Duty[], explicit: (d: Duty) => boolean): boolean {
  if (!duties.every(explicit)) return false;
  return duties[0]!.mandate.some((ref) => duties.every((d) => d.mandate.includes(ref)));
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
 * The division that settles every pair of a group: one whose parties name every duty's
 * department (and the duty, when a party lists its duties), the duties of parties that list
 * none falling under its subject. Several divisions each settling some pairs do not settle
 * the group: the finding stays, until one division names all of them.
 */
function groupDivision(ctx: AnalysisContext, duties: readonly Duty[]): Division | undefined {
  const divisions = ctx.graph.divisionsByJurisdiction.get(duties[0]!.department.jurisdiction) ?? [];
  for (const div of divisions) {
    const parties = new Map(div.parties.map((p) => [p.department, p]));
    const unlisted: Duty[] = [];
    let named = true;
    for (const d of duties) {
      const p = parties.get(d.department.id);
      if (!p || (p.duties.length > 0 && !p.duties.includes(d.id))) {
        named = false;
        break;
      }
      if (p.duties.length === 0) unlisted.push(d);
    }
    if (!named) continue;
    // Two parties that list no duties settle a pair by subject (coveringDivision); the same text falls under it alike.
    const under = new Map<number, boolean>();
    const falls = (d: Duty) => {
      const t = ctx.matcher.textOf(d);
      let u = under.get(t);
      if (u === undefined) under.set(t, (u = ctx.matcher.containment(div.subject, d) >= SUBJECT_CONTAINMENT));
      return u;
    };
    if (new Set(unlisted.map((d) => d.department)).size < 2 || unlisted.every(falls)) return div;
  }
  return undefined;
}

/**
 * Which pairs of the same duty a rule reports on: those whose duties are both `member`s,
 * of different departments, and, unless `leads`, not both leads (two leads are
 * multiple-leads' finding).
 */
export interface Reading {
  member: (d: Duty) => boolean;
  leads: boolean;
}

/** A side of a group as a rule reads it: its duties, and how many of them (and of them not leads) are in each department. */
class Side {
  readonly duties: Duty[];
  private readonly all = new Map<Department, number>();
  private readonly notLeads = new Map<Department, number>();
  private notLead = 0;

  constructor(duties: readonly Duty[], private readonly reading: Reading) {
    this.duties = duties.filter(reading.member);
    for (const d of this.duties) {
      this.all.set(d.department, (this.all.get(d.department) ?? 0) + 1);
      if (d.role !== 'lead') {
        this.notLead++;
        this.notLeads.set(d.department, (this.notLeads.get(d.department) ?? 0) + 1);
      }
    }
  }

  /** How many of its duties `d` pairs with. */
  partnersOf(d: Duty): number {
    if (this.reading.leads || d.role !== 'lead') return this.duties.length - (this.all.get(d.department) ?? 0);
    return this.notLead - (this.notLeads.get(d.department) ?? 0);
  }
}

/** Whether a rule reports on the pair of `x` and `y` (Reading). */
function pairs(reading: Reading, x: Duty, y: Duty): boolean {
  return x.department !== y.department && (reading.leads || x.role !== 'lead' || y.role !== 'lead');
}

/**
 * A same-duty pair or group as a rule reads it: the duties of each side it reports on that
 * pair with one of the other (`xs`, `ys`; one list for a group with itself), and whether
 * that is one pair, or more.
 */
export interface Reported {
  unit: SameDuty;
  xs: Duty[];
  ys: Duty[];
  one: boolean;
}

/** The pairs and groups of `units` that a rule reports on, each with the duties it reports on. */
export function readUnits(units: readonly SameDuty[], reading: Reading): Reported[] {
  const out: Reported[] = [];
  for (const unit of units) {
    if (unit.as && unit.bs) {
      const r = reportedOf(unit, unit.as, unit.bs, reading);
      if (r) out.push(r);
    } else if (reading.member(unit.a) && reading.member(unit.b) && pairs(reading, unit.a, unit.b)) {
      out.push({ unit, xs: [unit.a], ys: [unit.b], one: true });
    }
  }
  return out;
}

/** A group `unit` (or some of its duties: `as`, `bs`) as a rule reads it, if it reports on any pair of it. */
function reportedOf(unit: SameDuty, as: readonly Duty[], bs: readonly Duty[], reading: Reading): Reported | undefined {
  const x = new Side(as, reading);
  const y = bs === as ? x : new Side(bs, reading);
  let count = 0;
  const xs = x.duties.filter((d) => {
    const n = y.partnersOf(d);
    count += n;
    return n > 0;
  });
  if (count === 0) return undefined;
  const ys = x === y ? xs : y.duties.filter((d) => x.partnersOf(d) > 0);
  // A group with itself counts each pair from both sides. A group of one pair, as the rule reads it, is that pair.
  if ((x === y ? count / 2 : count) > 1) return { unit, xs, ys, one: false };
  const [a, b] = x === y ? [xs[0]!, xs[1]!] : [xs[0]!, ys[0]!];
  return { unit: { a, b, ...(unit.mandate !== undefined ? { mandate: unit.mandate } : { score: unit.score! }) }, xs: [a], ys: [b], one: true };
}

/**
 * The findings of a rule on same-duty pairs and groups: one per pair, on its first duty;
 * one per group, on its first duty, listing the others (MAX_RELATED at most); and one for
 * all the text pairs of a duty or group in more than MAX_PAIRS of them.
 *
 * A duty whose `ignore` entry accepts every finding of the rule on it (one not narrowed to
 * a duty or department) leaves its group: the pairs of those that leave a group are one
 * finding, which their entries accept, and the group's other duties are reported without
 * them, as their pairs would be.
 */
export function sameDutyFindings(ctx: AnalysisContext, rule: string, units: readonly SameDuty[], reading: Reading): RawFinding[] {
  const out: RawFinding[] = [];
  const accepted = (d: Duty) => d.ignore.length > 0 && d.ignore.some((e) => e.rule === rule && e.duty === undefined && e.department === undefined);
  const reported: Reported[] = [];
  for (const r of readUnits(units, reading)) {
    const leaving = r.one ? [] : (r.xs === r.ys ? r.xs : [...r.xs, ...r.ys]).filter(accepted);
    if (leaving.length === 0) {
      reported.push(r);
      continue;
    }
    // One finding for the pairs of all that leave, on the first of them.
    const all = r.xs === r.ys ? r.xs : [...r.xs, ...r.ys].sort((p, q) => p.index - q.index);
    out.push(listing(ctx, rule, leaving[0]!, all.filter((d) => d !== leaving[0]), {
      score: r.unit.score, mandate: r.unit.mandate, key: 'accepted', sides: [leaving, all], leads: reading.leads,
    }));
    const gone = new Set(leaving);
    const stay = (side: readonly Duty[]) => side.filter((d) => !gone.has(d));
    const xs = stay(r.xs);
    const rest = reportedOf(r.unit, xs, r.xs === r.ys ? xs : stay(r.ys), reading);
    if (rest) reported.push(rest);
  }
  // Pairs by text that no division settles and no entry accepts count towards their duty's (or group's) many.
  const divisions = new Map<Reported, Division | undefined>();
  const degree = new Map<Duty, number>();
  const edges: Reported[] = [];
  for (const r of reported) {
    const division = r.one ? coveringDivision(ctx, r.xs[0]!, r.ys[0]!) : groupDivision(ctx, r.xs === r.ys ? r.xs : [...r.xs, ...r.ys]);
    divisions.set(r, division);
    if (division || r.unit.mandate !== undefined || r.xs === r.ys || (r.one && (accepted(r.xs[0]!) || accepted(r.ys[0]!)))) continue;
    edges.push(r);
    for (const node of ends(r)) degree.set(node, (degree.get(node) ?? 0) + 1);
  }
  const many = new Map<Duty, Reported[]>();
  const absorbed = new Set<Reported>();
  for (const r of edges) {
    const hub = ends(r).filter((node) => degree.get(node)! > MAX_PAIRS).sort((p, q) => p.index - q.index)[0];
    if (!hub) continue;
    addToGroup(many, hub, r);
    absorbed.add(r);
  }
  for (const r of reported) {
    if (absorbed.has(r)) continue;
    const division = divisions.get(r);
    if (r.one) out.push(pairFinding(ctx, rule, rule, r.unit, division));
    else out.push(groupFinding(ctx, rule, r, division, reading));
  }
  for (const [hub, rs] of many) out.push(manyFinding(ctx, rule, hub, rs, reading));
  return out;
}

/** The two ends of a pair or of a group with another: its duty, or its group's first. */
function ends(r: Reported): [Duty, Duty] {
  return r.one ? [r.xs[0]!, r.ys[0]!] : [r.unit.a, r.unit.b];
}

/**
 * The finding for a same-duty pair, on its first duty: `<base>.mandate` or `<base>.text`,
 * with `-divided` and at most info severity when a division settles it.
 */
export function pairFinding(ctx: AnalysisContext, rule: string, base: string, pair: SameDuty, division = coveringDivision(ctx, pair.a, pair.b)): RawFinding {
  const [a, b] = pair.a.index < pair.b.index ? [pair.a, pair.b] : [pair.b, pair.a];
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

/**
 * The finding for a group of the same duty (or a group with another duty or group), on its
 * first duty, naming the first duty it pairs with and listing the others after it:
 * `<rule>.mandate-group` or `<rule>.text-group`, `-divided` as pairs are. Known across runs
 * by its first duty and what makes the group (the mandate item, or the texts), not by its
 * other duties: one more department holding the line is the same finding.
 */
function groupFinding(ctx: AnalysisContext, rule: string, r: Reported, division: Division | undefined, reading: Reading): RawFinding {
  const duties = r.xs === r.ys ? r.xs : [...r.xs, ...r.ys].sort((p, q) => p.index - q.index);
  const on = duties[0]!;
  const partners = r.xs === r.ys || r.xs.includes(on) ? r.ys : r.xs;
  const other = partners.find((d) => pairs(reading, on, d))!;
  const others = [other, ...duties.filter((d) => d !== on && d !== other)];
  const { unit } = r;
  const key = unit.mandate ?? [textKey(unit.a), textKey(unit.b)].sort().join('\u0000');
  return listing(ctx, rule, on, others, { score: unit.score, mandate: unit.mandate, division, key, sides: [r.xs, r.ys], leads: reading.leads });
}

/**
 * The finding for a duty (or group) that is the same duty by text as more than MAX_PAIRS
 * others (or groups): one, on it, naming the best and listing the others best first.
 */
function manyFinding(ctx: AnalysisContext, rule: string, hub: Duty, rs: readonly Reported[], reading: Reading): RawFinding {
  const scored: Array<{ duty: Duty; score: number }> = [];
  const mine: Duty[] = [];
  for (const r of rs) {
    const hubSide = ends(r)[0] === hub ? 0 : 1;
    const [own, theirs] = hubSide === 0 ? [r.xs, r.ys] : [r.ys, r.xs];
    for (const d of own) mine.push(d);
    for (const d of theirs) scored.push({ duty: d, score: r.unit.score! });
  }
  scored.sort((p, q) => q.score - p.score || p.duty.index - q.duty.index);
  const on = mine.reduce((p, q) => (q.index < p.index ? q : p));
  const others = scored.map((s) => s.duty);
  const own = [...new Set(mine)].sort((p, q) => p.index - q.index);
  return listing(ctx, rule, on, others, {
    score: scored[0]!.score, key: 'many', sides: [own, others.slice().sort((p, q) => p.index - q.index)], leads: reading.leads,
  });
}

/** A finding on `on` that is the same duty as `others`, naming the first and listing up to MAX_RELATED of them. */
function listing(
  ctx: AnalysisContext, rule: string, on: Duty, others: readonly Duty[],
  what: { score?: number | undefined; mandate?: string | undefined; division?: Division | undefined; key: string; sides: [readonly Duty[], readonly Duty[]]; leads: boolean },
): RawFinding {
  const other = others[0]!;
  const listed = others.slice(0, MAX_RELATED);
  const related: RawRelated[] = listed.map(relatedDuty);
  const departments = new Set(others.map((d) => d.department));
  departments.delete(on.department);
  const data: MessageData = {
    otherRef: other.ref, otherName: other.department.name, otherTitle: other.title,
    others: others.length, departments: departments.size, listed: listed.length,
  };
  const extra: Partial<RawFinding> = {
    related, key: what.key,
    stands: {
      xs: what.sides[0].map((d) => d.ref), leads: what.leads,
      ...(what.sides[1] === what.sides[0] ? {} : { ys: what.sides[1].map((d) => d.ref) }),
    },
  };
  const { division } = what;
  if (division) {
    Object.assign(data, { division: division.id, subject: division.subject });
    related.push({ division: division.id, loc: division.loc });
    extra.maxSeverity = 'info';
  }
  const suffix = division ? '-divided' : '';
  if (what.mandate !== undefined) {
    return onDuty(rule, on, `${rule}.mandate-group${suffix}`, { ...data, mandate: what.mandate }, { ...extra, inferred: false });
  }
  const score = roundScore(what.score!);
  const terms = ctx.terms(on, other);
  return onDuty(rule, on, `${rule}.text-group${suffix}`, { ...data, score, terms }, { ...extra, score, terms, inferred: true });
}

function textKey(d: Duty): string {
  return d.detail === undefined ? d.title : `${d.title}\n${d.detail}`;
}

/**
 * The pairs of departments a group links, `departments` distinct and its first department
 * first: each with each when they are MAX_CLIQUE or fewer, else the first with each other.
 */
export function groupLinks<T>(departments: readonly T[]): Array<[T, T]> {
  const hubs = departments.length <= MAX_CLIQUE ? departments.length : 1;
  const out: Array<[T, T]> = [];
  for (let i = 0; i < hubs; i++) for (let j = i + 1; j < departments.length; j++) out.push([departments[i]!, departments[j]!]);
  return out;
}

/** Per department, how many of `duties` it holds, and how many of those lead. */
function perDepartment(duties: readonly Duty[]): Map<Department, { all: number; leads: number }> {
  const by = new Map<Department, { all: number; leads: number }>();
  for (const d of duties) {
    const n = by.get(d.department) ?? by.set(d.department, { all: 0, leads: 0 }).get(d.department)!;
    n.all++;
    if (d.role === 'lead') n.leads++;
  }
  return by;
}

/**
 * The departments of a jurisdiction whose duties a same-duty pair or group pairs, with how
 * many pairs of their duties it stands for: what `duty-lint graph` draws between them. A
 * group's departments are linked as groupLinks has it, from the department of its first
 * duty; two whose duties do not pair (on one side of a group with another) are not.
 */
export function departmentPairs(r: Reported, reading: Reading): Array<[Department, Department, number]> {
  const x = perDepartment(r.xs);
  const y = r.xs === r.ys ? x : perDepartment(r.ys);
  const none = { all: 0, leads: 0 };
  const between = (inX = none, inY = none) => inX.all * inY.all - (reading.leads ? 0 : inX.leads * inY.leads);
  const first = r.xs === r.ys || r.xs[0]!.index < r.ys[0]!.index ? r.xs[0]! : r.ys[0]!;
  const out: Array<[Department, Department, number]> = [];
  for (const [d, e] of groupLinks([...new Set([first.department, ...x.keys(), ...y.keys()])])) {
    const n = between(x.get(d), y.get(e)) + (x === y ? 0 : between(x.get(e), y.get(d)));
    if (n > 0) out.push([d, e, n]);
  }
  return out;
}
