import { departmentOfRef, type Duty, type DutyGraph } from '../graph/graph.js';
import { addToGroup } from '../groups.js';
import type { DepartmentId, DutyRef, Ignore, RawFinding } from '../types.js';
import { append } from '../arrays.js';

/** How the `ignore` entries of a catalogue answer a finding. */
export interface Acceptance {
  /** The entries that match it: each counts as used, whether or not the finding is accepted. */
  entries: Ignore[];
  accepted: boolean;
}

/**
 * The entries that answer a finding, and whether they accept it. A duty's entry accepts the
 * findings of its rule on that duty or relating it (both sides of a pair; a lower
 * government's mandate-gap on a higher-level duty), narrowed by its `duty` and `department`
 * to those whose other side is that duty, or in that department.
 *
 * A department's entry answers findings on the department itself rather than on one of its
 * duties: a mandate-gap, which names a higher-level duty that no lower department
 * implementing its department covers (narrowed by `duty` to that higher-level duty). Such a
 * finding is accepted when every department it names has an entry for it. The gap is the
 * lower government's: one department declaring that it does not carry the duty leaves the
 * others that implement the same higher-level department expected to, so until each has
 * said so the finding stays (and the entries there count as used: they are not stale).
 */
export function acceptance(f: RawFinding, graph: DutyGraph): Acceptance {
  if (f.stands) return groupAcceptance(f.rule, f.stands, graph);
  const entries: Ignore[] = [];
  let accepted = false;
  for (const ref of new Set([f.duty, ...(f.related ?? []).map((r) => r.duty)])) {
    const holder = ref === undefined ? undefined : graph.dutyByRef.get(ref);
    if (!holder || holder.ignore.length === 0) continue;
    for (const entry of holder.ignore) {
      if (entry.rule === f.rule && narrowedTo(entry, otherSide(f, holder))) {
        entries.push(entry);
        accepted = true;
      }
    }
  }
  const parties = departmentParties(f);
  let all = parties.length > 0;
  for (const id of parties) {
    const mine = (graph.departmentById.get(id)?.ignore ?? []).filter((e) => e.rule === f.rule && (e.duty === undefined || e.duty === f.duty));
    append(entries, mine);
    all &&= mine.length > 0;
  }
  return { entries, accepted: accepted || all };
}

/**
 * A finding that stands for many pairs of duties (RawFinding.stands) is accepted when its
 * duties' entries accept every pair, as they would accept the pairs' own findings: an entry
 * on a duty accepts its pairs with the duties (or departments) it is narrowed to, or all of
 * them. An entry that accepts one of the pairs counts as used.
 */
function groupAcceptance(rule: string, stands: NonNullable<RawFinding['stands']>, graph: DutyGraph): Acceptance {
  const duties = (refs: readonly DutyRef[]) => refs.map((r) => graph.dutyByRef.get(r)).filter((d): d is Duty => d !== undefined);
  const xs = duties(stands.xs);
  const ys = stands.ys ? duties(stands.ys) : xs;
  const pairs = (x: Duty, y: Duty) => x.department !== y.department && (stands.leads || x.role !== 'lead' || y.role !== 'lead');
  const entriesOf = new Map<Duty, Ignore[]>();
  for (const d of ys === xs ? xs : [...xs, ...ys]) {
    const mine = d.ignore.filter((e) => e.rule === rule);
    if (mine.length > 0) entriesOf.set(d, mine);
  }
  if (entriesOf.size === 0) return { entries: [], accepted: false };
  const accepts = (e: Ignore, other: Duty) => narrowedTo(e, { duties: [other.ref], departments: [other.department.id] });
  const blanket = (d: Duty) => entriesOf.get(d)?.some((e) => e.duty === undefined && e.department === undefined) ?? false;

  const used: Ignore[] = [];
  const byDepartment = (side: readonly Duty[]) => {
    const by = new Map<DepartmentId, Duty[]>();
    for (const d of side) addToGroup(by, d.department.id, d);
    return by;
  };
  const sides: Array<[readonly Duty[], Map<DepartmentId, Duty[]>]> = [[xs, byDepartment(ys)]];
  if (ys !== xs) sides.push([ys, byDepartment(xs)]);
  for (const [side, others] of sides) {
    for (const d of side) {
      for (const e of entriesOf.get(d) ?? []) {
        // The other side's duties the entry could name, by their department, then whether one of them pairs with d.
        const department = e.duty !== undefined ? departmentOfRef(e.duty) : e.department;
        const lists = department !== undefined ? [others.get(department) ?? []] : others.values();
        for (const list of lists) {
          if (!list.some((o) => pairs(d, o) && accepts(e, o))) continue;
          used.push(e);
          break;
        }
      }
    }
  }
  const open = (side: readonly Duty[]) => side.filter((d) => !blanket(d));
  const restX = open(xs);
  const restY = ys === xs ? restX : open(ys);
  const accepted = restX.every((x) => restY.every((y) => !pairs(x, y) ||
    (entriesOf.get(x) ?? []).some((e) => accepts(e, y)) || (entriesOf.get(y) ?? []).some((e) => accepts(e, x))));
  return { entries: used, accepted };
}

/** The duties and departments on the other side of a finding, seen from one of its duties. */
export interface OtherSide {
  duties: DutyRef[];
  departments: DepartmentId[];
}

/** Whether an entry's `duty` and `department`, when given, name the other side. */
export function narrowedTo(entry: Ignore, other: OtherSide): boolean {
  return (entry.duty === undefined || other.duties.includes(entry.duty)) &&
    (entry.department === undefined || other.departments.includes(entry.department));
}

function otherSide(f: RawFinding, holder: Duty): OtherSide {
  const duties: DutyRef[] = [];
  const departments: DepartmentId[] = [];
  const own = holder.department.id;
  const add = (department: DepartmentId | undefined, duty: DutyRef | undefined) => {
    if (duty !== undefined && duty !== holder.ref) duties.push(duty);
    const dept = duty !== undefined && duty !== holder.ref ? departmentOfRef(duty) : department;
    if (dept !== undefined && dept !== own) departments.push(dept);
  };
  add(f.department, f.duty);
  for (const r of f.related ?? []) add(r.department, r.duty);
  return { duties, departments };
}

/**
 * The departments a finding is about when it is about none of their duties: its department
 * and the departments it relates without a duty (a mandate-gap's lower departments, whose
 * `duty` is the higher-level one). None for a finding on a duty of its department.
 */
function departmentParties(f: RawFinding): DepartmentId[] {
  if (f.department === undefined || (f.duty !== undefined && departmentOfRef(f.duty) === f.department)) return [];
  const out = [f.department];
  for (const r of f.related ?? []) if (r.duty === undefined && r.division === undefined && r.department !== undefined) out.push(r.department);
  return out;
}
