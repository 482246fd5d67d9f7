import type {
  Declaration, DepartmentDecl, DivisionDecl, DutyStatus, Ignore, Level, Location, Position, Role, Source,
} from '../types.js';
import type { DocumentPlaces } from './scan-places.js';
import { Duty, type Department } from '../graph/graph.js';

/** Raw shapes as the schemas guarantee them (snake_case, optional fields). */
interface RawDuty {
  id: string; title: string; detail?: string; role?: Role; lead?: string; mandate?: string[];
  basis?: string[]; cascade?: boolean; status?: DutyStatus; transferred_to?: string;
  budget?: string[]; tags?: string[]; ignore?: Ignore[];
}
interface RawDepartment {
  kind: 'department'; id: string; name: string; short_name?: string; jurisdiction: string;
  level?: Level; counterparts?: string[]; source?: Source; duties: RawDuty[]; ignore?: Ignore[];
}
interface RawDivision {
  kind: 'division'; id: string; jurisdiction: string; subject: string; source?: Source;
  parties: Array<{ department: string; scope?: string; duties?: string[] }>;
}

/** Turns a schema-valid document into a declaration, with defaults applied and its place. */
export function extractDeclaration(
  value: unknown, file: string, doc: number, places: DocumentPlaces = {}, skipDuties: ReadonlySet<number> = new Set(),
): Declaration {
  const at = (pointer: string): Location => ({ file, doc, pointer });
  const raw = value as RawDepartment | RawDivision;
  const decl = raw.kind === 'division' ? extractDivision(raw, at) : extractDepartment(raw, at, skipDuties, places.duties);
  if (places.root) Object.assign(decl.loc, places.root);
  return decl;
}

function extractDepartment(
  raw: RawDepartment, at: (p: string) => Location, skip: ReadonlySet<number>, positions: Position[] | undefined,
): DepartmentDecl {
  const dept: DepartmentDecl = {
    kind: 'department',
    id: raw.id,
    name: raw.name,
    jurisdiction: raw.jurisdiction,
    counterparts: raw.counterparts ?? [],
    duties: [],
    loc: at(''),
  };
  raw.duties.forEach((d, i) => {
    if (skip.has(i)) return;
    const place = positions?.[i];
    // Fields named one by one: spreading objects of many shapes is slow on this hot path.
    dept.duties.push(new Duty({
      id: d.id, title: d.title, detail: d.detail, role: d.role, lead: d.lead, mandate: d.mandate, basis: d.basis,
      cascade: d.cascade, status: d.status, transferredTo: d.transferred_to, budget: d.budget, tags: d.tags,
      ignore: d.ignore, at: i, line: place?.line, column: place?.column,
    }, dept as unknown as Department));
  });
  if (raw.short_name !== undefined) dept.shortName = raw.short_name;
  if (raw.level !== undefined) dept.level = raw.level;
  if (raw.source !== undefined) dept.source = raw.source;
  if (raw.ignore !== undefined) dept.ignore = raw.ignore;
  return dept;
}

function extractDivision(raw: RawDivision, at: (p: string) => Location): DivisionDecl {
  const div: DivisionDecl = {
    kind: 'division',
    id: raw.id,
    jurisdiction: raw.jurisdiction,
    subject: raw.subject,
    parties: raw.parties.map((p, i) => {
      const party: DivisionDecl['parties'][number] = { department: p.department, duties: p.duties ?? [], loc: at(`/parties/${i}`) };
      if (p.scope !== undefined) party.scope = p.scope;
      return party;
    }),
    loc: at(''),
  };
  if (raw.source !== undefined) div.source = raw.source;
  return div;
}
