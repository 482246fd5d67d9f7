import { basename } from 'node:path';
import type { AnalysisContext } from '../analysis/context.js';
import { byCodeUnit } from '../compare.js';
import { inForce, type Department, type DutyGraph } from '../graph/graph.js';
import type { DepartmentId, DutyRef, Finding, Level } from '../types.js';

/** A department as reports name and place it. */
export interface ReportDepartment {
  id: DepartmentId;
  name: string;
  shortName?: string;
  /** Its government (FORMAT.md's jurisdiction). */
  jurisdiction: string;
  level?: Level;
  file: string;
  counterparts: DepartmentId[];
  /** How many duties it lists. */
  duties: number;
}

/** A duty's text, for the duties findings name. */
export interface ReportDuty {
  title: string;
  detail?: string;
  department: DepartmentId;
}

/**
 * A lower department against its higher-level counterparts: of their cascading duties in
 * force, how many its own duties implement, how many no department of its government
 * implementing them covers (mandate-gap), and how many of its duties have no upper basis
 * (unfounded-duty) or the wrong one (misplaced-duty).
 */
export interface CoverageRow {
  department: DepartmentId;
  counterparts: DepartmentId[];
  upperDuties: number;
  covered: number;
  gaps: number;
  unfounded: number;
  misplaced: number;
}

/** What reports show of the catalogue besides the findings. */
export interface ReportCatalogue {
  /** The catalogue root's folder name. */
  name: string;
  /** Governments (jurisdictions), sorted. */
  governments: string[];
  /** Every department, by government, then id. */
  departments: ReportDepartment[];
  /** The texts of the duties the findings name (their own, related and nearest duties). */
  duties: Readonly<Record<DutyRef, ReportDuty>>;
  /** One row per department with higher-level counterparts; empty when no mandate rule ran. */
  coverage: CoverageRow[];
  /** The latest `source.date` of the departments: how current the data is. */
  dataDate?: string;
}

/**
 * The catalogue as reports show it, from a run over all of it. `mandates` says whether the
 * run worked out mandates (a mandate rule was on): coverage is read from them.
 */
export function reportCatalogue(
  root: string, graph: DutyGraph, context: AnalysisContext, findings: readonly Finding[], mandates: boolean,
): ReportCatalogue {
  const departments = [...graph.departments].sort((a, b) => byCodeUnit(a.jurisdiction, b.jurisdiction) || byCodeUnit(a.id, b.id));
  const duties: Record<DutyRef, ReportDuty> = {};
  const addDuty = (ref: DutyRef | undefined) => {
    const duty = ref === undefined || ref in duties ? undefined : graph.dutyByRef.get(ref);
    if (duty) duties[ref!] = { title: duty.title, ...(duty.detail ? { detail: duty.detail } : {}), department: duty.department.id };
  };
  for (const f of findings) {
    addDuty(f.duty);
    for (const r of f.related ?? []) addDuty(r.duty);
    addDuty(f.nearest?.duty);
  }
  const dates = graph.departments.map((d) => d.source?.date).filter((d): d is string => Boolean(d)).sort(byCodeUnit);
  const sortedDuties = Object.fromEntries(Object.keys(duties).sort(byCodeUnit).map((k) => [k, duties[k]!]));
  return {
    name: basename(root),
    governments: [...graph.jurisdictions.keys()].sort(byCodeUnit),
    departments: departments.map(reportDepartment),
    duties: sortedDuties,
    coverage: mandates ? coverage(departments, graph, context, findings) : [],
    ...(dates.length > 0 ? { dataDate: dates[dates.length - 1]! } : {}),
  };
}

function reportDepartment(d: Department): ReportDepartment {
  return {
    id: d.id, name: d.name, ...(d.shortName ? { shortName: d.shortName } : {}), jurisdiction: d.jurisdiction,
    ...(d.level ? { level: d.level } : {}), file: d.loc.file, counterparts: [...d.counterparts], duties: d.duties.length,
  };
}

function coverage(departments: Department[], graph: DutyGraph, context: AnalysisContext, findings: readonly Finding[]): CoverageRow[] {
  const count = (rule: string, names: (f: Finding) => Array<string | undefined>) => {
    const counts = new Map<DepartmentId, number>();
    for (const f of findings) {
      if (f.rule !== rule) continue;
      for (const d of new Set(names(f))) if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    return counts;
  };
  // A mandate-gap names the lower departments that miss the duty; its first related entry is the higher duty.
  const gaps = count('mandate-gap', (f) => [f.department, ...(f.related ?? []).slice(1).map((r) => r.department)]);
  const unfounded = count('unfounded-duty', (f) => [f.department]);
  const misplaced = count('misplaced-duty', (f) => [f.department]);
  const { starts, duties: targets } = context.mandates;
  const rows: CoverageRow[] = [];
  for (const dept of departments) {
    const uppers = [...new Set(dept.counterparts)].map((id) => graph.departmentById.get(id))
      .filter((u): u is Department => u !== undefined && u.jurisdiction !== dept.jurisdiction);
    if (uppers.length === 0) continue;
    const expected = new Set<number>();
    for (const upper of uppers) {
      for (const d of upper.duties) if (d.cascade && inForce(graph.statuses[d.index]!) && !context.isGeneric(d)) expected.add(d.index);
    }
    const covered = new Set<number>();
    for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
      if (!inForce(graph.statuses[i]!)) continue;
      for (let e = starts[i]!; e < starts[i + 1]!; e++) if (expected.has(targets[e]!)) covered.add(targets[e]!);
    }
    rows.push({
      department: dept.id, counterparts: uppers.map((u) => u.id), upperDuties: expected.size, covered: covered.size,
      gaps: gaps.get(dept.id) ?? 0, unfounded: unfounded.get(dept.id) ?? 0, misplaced: misplaced.get(dept.id) ?? 0,
    });
  }
  return rows;
}
