import { byCodeUnit } from '../compare.js';
import type { Rule } from '../rules/rule.js';
import { groupLinks } from '../rules/same-duty.js';
import type { DepartmentId, DutyRef, Finding, Lang } from '../types.js';
import type { ReportCatalogue, ReportDepartment } from './catalogue.js';

/** Two departments of one government and the overlap findings between them. */
export interface DepartmentPair {
  government: string;
  /** The two departments, `a` before `b` by id. */
  a: DepartmentId;
  b: DepartmentId;
  findings: Finding[];
  /** Of those, how many a division settles (reported as info). */
  settled: number;
}

/** Whether an overlap is settled by a declared division of duties. */
export const settledByDivision = (f: Finding): boolean => (f.related ?? []).some((r) => r.division !== undefined);

/**
 * The department pairs that overlap, most overlapping duties first (then by government and
 * ids), read off the `overlap` findings. A finding counts once in each pair of departments
 * it links: a pair's two; a group's own department and those of the duties it lists, each
 * with each or, beyond MAX_CLIQUE, its own with each other (groupLinks, as `graph` draws it).
 */
export function overlapPairs(findings: readonly Finding[], catalogue: ReportCatalogue): DepartmentPair[] {
  const government = new Map(catalogue.departments.map((d) => [d.id, d.jurisdiction]));
  const pairs = new Map<string, DepartmentPair>();
  for (const f of findings) {
    if (f.rule !== 'overlap' || !f.department) continue;
    for (const [x, y] of groupLinks(linkedDepartments(f, f.department))) {
      const [a, b] = byCodeUnit(x, y) <= 0 ? [x, y] : [y, x];
      const key = `${a}\n${b}`;
      let pair = pairs.get(key);
      if (!pair) pairs.set(key, (pair = { government: government.get(a) ?? '', a, b, findings: [], settled: 0 }));
      pair.findings.push(f);
      if (settledByDivision(f)) pair.settled++;
    }
  }
  return [...pairs.values()].sort((x, y) => y.findings.length - x.findings.length
    || byCodeUnit(x.government, y.government) || byCodeUnit(x.a, y.a) || byCodeUnit(x.b, y.b));
}

/** A finding's department, then those of the duties it lists, each once (a division is none). */
function linkedDepartments(f: Finding, own: DepartmentId): DepartmentId[] {
  const departments = new Set([own]);
  for (const r of f.related ?? []) if (r.duty !== undefined && r.department !== undefined) departments.add(r.department);
  return [...departments];
}

/** The duty a finding names in one department of a pair it counts in: its own, or the first it lists there. */
export function dutyIn(f: Finding, department: DepartmentId): DutyRef | undefined {
  return f.department === department ? f.duty : f.related?.find((r) => r.duty !== undefined && r.department === department)?.duty;
}

/** The distinct findings of some department pairs (a group's is in several), and how many of them a division settles. */
export function distinctFindings(pairs: readonly DepartmentPair[]): { findings: number; settled: number } {
  const findings = new Set(pairs.flatMap((p) => p.findings));
  return { findings: findings.size, settled: [...findings].filter(settledByDivision).length };
}

/** The catalogue's departments by id, for looking up a finding's department and government. */
export function departmentsById(catalogue: ReportCatalogue): Map<DepartmentId, ReportDepartment> {
  return new Map(catalogue.departments.map((d) => [d.id, d]));
}

/** A problem kind as a report names it: the rule's kind in the language, its rules beside it. */
export interface KindGroup {
  kind: string;
  rules: string[];
  findings: Finding[];
}

/**
 * Findings grouped by the kind of problem their rules declare (职责交叉, 缺位…), in the order
 * the rules are listed; kinds with no findings are left out.
 */
export function byKind(findings: readonly Finding[], rules: readonly Rule[], lang: Lang): KindGroup[] {
  const groups = new Map<string, KindGroup>();
  const kindOf = new Map(rules.map((r) => [r.id, r.kind[lang]]));
  for (const r of rules) {
    const kind = r.kind[lang];
    const group = groups.get(kind) ?? { kind, rules: [], findings: [] };
    group.rules.push(r.id);
    groups.set(kind, group);
  }
  for (const f of findings) groups.get(kindOf.get(f.rule) ?? f.rule)?.findings.push(f);
  return [...groups.values()].filter((g) => g.findings.length > 0);
}
