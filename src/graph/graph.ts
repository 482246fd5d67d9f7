import { byCodeUnit } from '../compare.js';
import { addToGroup } from '../groups.js';
import type {
  DepartmentDecl, DepartmentId, DivisionDecl, DutyDecl, DutyRef, DutyStatus, Ignore, Location, Role,
} from '../types.js';

/** One shared empty list for absent list fields: a million duties need not hold five each. */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** What a duty is when a field is left out. */
export const DUTY_DEFAULTS = { role: 'main', cascade: true, status: 'active' } as const;

/** Codes of `DutyGraph.statuses`. */
export const STATUS = { active: 0, cancelled: 1, delegated: 2, transferred: 3 } as const satisfies Record<DutyStatus, number>;

/** Searched for as a higher-level duty and counted as a lower one: neither cancelled nor transferred away. */
export function inForce(status: number): boolean {
  return status === STATUS.active || status === STATUS.delegated;
}

/** A `mandate` reference, in `DutyGraph.mandates.targets`, to no duty. */
export const MANDATE_DANGLING = -1;
/**
 * A `mandate` reference, in `DutyGraph.mandates.targets`, to the duty itself: read as if it
 * were absent (the self-contradiction rule reports it), so that the duty is judged on its
 * other references, or, with none, on the mandates inferred for it.
 */
export const MANDATE_SELF = -2;

/**
 * Whether duty `i` declares `mandate` references (resolved or not) other than to itself:
 * read off the graph's arrays, not the duty object.
 */
export function declaresMandate(graph: Pick<DutyGraph, 'mandates'>, i: number): boolean {
  const { starts, targets } = graph.mandates;
  for (let k = starts[i]!; k < starts[i + 1]!; k++) if (targets[k] !== MANDATE_SELF) return true;
  return false;
}

/** A duty's fields as declared; FORMAT.md's defaults fill in the rest. */
export type DutyFields = Partial<DutyDecl> & Pick<DutyDecl, 'id' | 'title' | 'at'>;

/**
 * A duty in the graph. A class, so that a million of them share one shape, and their
 * places are worked out when asked for rather than stored. Loading creates them already,
 * for the department declaration that then becomes its graph node in place: a million
 * duties are built once, not copied.
 */
export class Duty implements DutyDecl {
  // Declared, not defined: fields defined on the class would each be defined, then assigned,
  // on every one of a million duties.
  declare readonly department: Department;
  declare readonly id: string;
  declare readonly title: string;
  declare readonly detail: string | undefined;
  declare readonly role: Role;
  declare readonly lead: string | undefined;
  declare readonly mandate: string[];
  declare readonly basis: string[];
  declare readonly cascade: boolean;
  declare readonly status: DutyStatus;
  declare readonly transferredTo: string | undefined;
  declare readonly budget: string[];
  declare readonly tags: string[];
  declare readonly ignore: Ignore[];
  declare readonly at: number;
  declare readonly line: number | undefined;
  declare readonly column: number | undefined;
  /** Position in `DutyGraph.duties`; also the duty's row in the text index. */
  declare index: number;

  constructor(d: DutyFields, department: Department) {
    this.department = department;
    this.id = d.id;
    this.title = d.title;
    this.detail = d.detail;
    this.role = d.role ?? DUTY_DEFAULTS.role;
    this.lead = d.lead;
    this.mandate = d.mandate ?? NONE;
    this.basis = d.basis ?? NONE;
    this.cascade = d.cascade ?? DUTY_DEFAULTS.cascade;
    this.status = d.status ?? DUTY_DEFAULTS.status;
    this.transferredTo = d.transferredTo;
    this.budget = d.budget ?? NONE;
    this.tags = d.tags ?? NONE;
    this.ignore = d.ignore ?? NONE;
    this.at = d.at;
    this.line = d.line;
    this.column = d.column;
    this.index = -1;
  }

  /** Derived when asked for: only findings and exports need it, and a million strings are not free. */
  get ref(): DutyRef {
    return `${this.department.id}/${this.id}`;
  }

  get loc(): Location {
    return dutyLocation(this.department.loc, this);
  }
}

export function dutyLocation(department: Location, duty: Pick<DutyDecl, 'at' | 'line' | 'column'>): Location {
  const loc: Location = { file: department.file, doc: department.doc, pointer: `/duties/${duty.at}` };
  if (duty.line !== undefined && duty.column !== undefined) {
    loc.line = duty.line;
    loc.column = duty.column;
  }
  return loc;
}

export interface Department extends Omit<DepartmentDecl, 'duties'> {
  duties: Duty[];
  dutyById: ReadonlyMap<string, Duty>;
  /**
   * Index of its first duty in `DutyGraph.duties`, where its duties are the next
   * `duties.length`: passes over a million duties can go by index, through typed arrays,
   * without visiting each duty object.
   */
  firstDuty: number;
}

/** Duties by `DEPT/DUTY` reference. */
export interface DutyLookup {
  get(ref: DutyRef): Duty | undefined;
  has(ref: DutyRef): boolean;
}

export type Division = DivisionDecl;

/** A second definition of an id that is already taken. */
export interface DuplicateId {
  kind: 'department' | 'duty' | 'division';
  id: string;
  first: Location;
  duplicate: Location;
}

/** The duty graph: every declaration of the catalogue, resolved and indexed. */
export interface DutyGraph {
  departments: Department[];
  duties: Duty[];
  divisions: Division[];
  departmentById: ReadonlyMap<DepartmentId, Department>;
  dutyByRef: DutyLookup;
  /** Departments of each jurisdiction (one government). */
  jurisdictions: ReadonlyMap<string, Department[]>;
  /** Divisions of each jurisdiction. */
  divisionsByJurisdiction: ReadonlyMap<string, Division[]>;
  duplicates: DuplicateId[];
  /**
   * Every duty's `mandate` references, resolved: duty `i`'s are at `starts[i]` to
   * `starts[i + 1]` in `targets`, in order, as duty indices (MANDATE_DANGLING: a reference to
   * no duty; MANDATE_SELF: to the duty itself).
   */
  mandates: { starts: Int32Array; targets: Int32Array };
  /**
   * Every duty's status as a STATUS code, by duty index: the rules' passes over a million
   * duties test it here rather than on each duty object, which costs far more to visit.
   */
  statuses: Uint8Array;
}

/**
 * Builds the graph from declarations in file order, taking ownership of them. The first
 * definition of an id wins; later ones are kept as duplicates for the `duplicate-id` rule.
 */
export function buildGraph(decls: Iterable<DepartmentDecl | DivisionDecl>): DutyGraph {
  const departments: Department[] = [];
  const divisions: Division[] = [];
  const departmentById = new Map<DepartmentId, Department>();
  const divisionById = new Map<string, Division>();
  const duplicates: DuplicateId[] = [];

  for (const decl of decls) {
    if (decl.kind === 'division') {
      const first = divisionById.get(decl.id);
      if (first) duplicates.push({ kind: 'division', id: decl.id, first: first.loc, duplicate: decl.loc });
      else {
        divisionById.set(decl.id, decl);
        divisions.push(decl);
      }
      continue;
    }
    const first = departmentById.get(decl.id);
    if (first) {
      duplicates.push({ kind: 'department', id: decl.id, first: first.loc, duplicate: decl.loc });
      continue;
    }
    // The department declaration becomes its graph node in place.
    const decls = decl.duties;
    const dept = decl as unknown as Department;
    dept.duties = [];
    const byId = new Map<string, Duty>();
    dept.dutyById = byId;
    for (const d of decls) {
      const seen = byId.get(d.id);
      if (seen) {
        duplicates.push({ kind: 'duty', id: `${decl.id}/${d.id}`, first: seen.loc, duplicate: dutyLocation(decl.loc, d) });
        continue;
      }
      const duty = d instanceof Duty && d.department === dept ? d : new Duty(d, dept);
      byId.set(d.id, duty);
      dept.duties.push(duty);
    }
    departmentById.set(dept.id, dept);
    departments.push(dept);
  }

  departments.sort((a, b) => byCodeUnit(a.id, b.id));
  divisions.sort((a, b) => byCodeUnit(a.id, b.id));
  const duties: Duty[] = [];
  const jurisdictions = new Map<string, Department[]>();
  const total = departments.reduce((n, dept) => n + dept.duties.length, 0);
  const statuses = new Uint8Array(total);
  const mandateStarts = new Int32Array(total + 1);
  for (const dept of departments) {
    dept.firstDuty = duties.length;
    for (const duty of dept.duties) {
      const i = duties.length;
      statuses[i] = STATUS[duty.status];
      mandateStarts[i + 1] = mandateStarts[i]! + duty.mandate.length;
      duty.index = i;
      duties.push(duty);
    }
    addToGroup(jurisdictions, dept.jurisdiction, dept);
  }
  const divisionsByJurisdiction = new Map<string, Division[]>();
  for (const div of divisions) addToGroup(divisionsByJurisdiction, div.jurisdiction, div);

  // Looked up through the departments: a map of a million joined strings costs more to build than it saves.
  const dutyByRef: DutyLookup = {
    get(ref) {
      const slash = ref.indexOf('/');
      return slash < 0 ? undefined : departmentById.get(ref.slice(0, slash))?.dutyById.get(ref.slice(slash + 1));
    },
    has(ref) {
      return this.get(ref) !== undefined;
    },
  };
  // Resolved once, here: three rules read them. Many lower duties name the same higher one.
  const mandateTargets = new Int32Array(mandateStarts[total]!);
  const resolved = new Map<string, number>();
  for (let i = 0; i < total; i++) {
    if (mandateStarts[i + 1] === mandateStarts[i]) continue;
    duties[i]!.mandate.forEach((ref, k) => {
      let target = resolved.get(ref);
      if (target === undefined) resolved.set(ref, (target = dutyByRef.get(ref)?.index ?? MANDATE_DANGLING));
      mandateTargets[mandateStarts[i]! + k] = target === i ? MANDATE_SELF : target;
    });
  }
  return {
    departments, duties, divisions, departmentById, dutyByRef, jurisdictions, divisionsByJurisdiction, duplicates,
    mandates: { starts: mandateStarts, targets: mandateTargets }, statuses,
  };
}

/** The department a `lead`-style reference names: `DEPT` or `DEPT/DUTY`. */
export function departmentOfRef(ref: string): DepartmentId {
  const slash = ref.indexOf('/');
  return slash < 0 ? ref : ref.slice(0, slash);
}

/** The text used for matching: the statement and its longer detail. */
export function dutyText(duty: DutyDecl): string {
  return duty.detail ? `${duty.title}\n${duty.detail}` : duty.title;
}
