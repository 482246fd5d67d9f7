/** The vocabulary of duty-lint: the declarations read from duty files and the findings about them. */

export type Severity = 'error' | 'warn' | 'info';
export type SeveritySetting = Severity | 'off';
export type Role = 'main' | 'lead' | 'support';
export type DutyStatus = 'active' | 'cancelled' | 'delegated' | 'transferred';
export type Level = 'national' | 'provincial' | 'municipal' | 'county' | 'district' | 'township';
export type Lang = 'zh' | 'en';

/** A department id, e.g. `zj.rz.amr`. */
export type DepartmentId = string;
/** A full duty reference `DEPARTMENT_ID/DUTY_ID`, e.g. `zj.amr/food-safety-coordination`. */
export type DutyRef = string;

/**
 * Where something stands in the catalogue: `file` relative to the catalogue root,
 * `/`-separated; the YAML document's index in the file; a JSON pointer into it. Line and
 * column are worked out only for what findings point at (see findings/locate.ts).
 */
export interface Location {
  file: string;
  doc: number;
  /** JSON pointer into the YAML document, e.g. `/duties/3`. */
  pointer: string;
  /** Known already when the loader could read it off the text (load/scan-places.ts). */
  line?: number;
  column?: number;
}

/** A 1-based line and column (in UTF-16 code units, as editors count). */
export interface Position {
  line: number;
  column: number;
}

export interface Source {
  title?: string;
  url?: string;
  date?: string;
}

/**
 * An accepted finding (`ignore:` entry). On a duty: findings of `rule` on that duty or on a
 * finding that relates it, narrowed by `duty` and `department` to those whose other side is
 * that duty, or in that department. On a department: findings on the department itself rather
 * than on one of its duties (a mandate-gap), narrowed by `duty` to the higher-level duty named.
 */
export interface Ignore {
  rule: string;
  reason: string;
  duty?: DutyRef;
  department?: DepartmentId;
}

export interface DutyDecl {
  id: string;
  title: string;
  detail?: string;
  role: Role;
  lead?: string;
  mandate: string[];
  basis: string[];
  cascade: boolean;
  status: DutyStatus;
  transferredTo?: string;
  budget: string[];
  tags: string[];
  ignore: Ignore[];
  /** Its index in its department's `duties` list, which places it: `/duties/<at>`. */
  at: number;
  /** Where it starts, when the loader could read it off the text. */
  line?: number;
  column?: number;
}

export interface DepartmentDecl {
  kind: 'department';
  id: DepartmentId;
  name: string;
  shortName?: string;
  jurisdiction: string;
  level?: Level;
  counterparts: DepartmentId[];
  source?: Source;
  duties: DutyDecl[];
  /** Accepted findings on the department itself (a higher-level duty it does not carry). */
  ignore?: Ignore[];
  loc: Location;
}

export interface DivisionParty {
  department: DepartmentId;
  scope?: string;
  duties: string[];
  loc: Location;
}

export interface DivisionDecl {
  kind: 'division';
  id: string;
  jurisdiction: string;
  subject: string;
  parties: DivisionParty[];
  source?: Source;
  loc: Location;
}

export type Declaration = DepartmentDecl | DivisionDecl;

/**
 * Values a message is filled with; lists are joined the way the language joins them, and a
 * place is shown as `file:line` once positions are known.
 */
export type MessageData = Record<string, string | number | string[] | Location>;

/** Message data with places resolved, ready to render. */
export type RenderData = Record<string, string | number | string[]>;

/** A department or duty on the other side of a finding. */
export interface Related {
  department?: DepartmentId;
  duty?: DutyRef;
  division?: string;
  file: string;
  line: number;
  column: number;
}

/**
 * A finding as rules produce it: structured data only. The message is rendered from
 * `messageId` + `data` by the message catalogue, so every output format and language
 * tells the same thing.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  messageId: string;
  data: RenderData;
  message: string;
  file: string;
  line: number;
  column: number;
  pointer: string;
  department?: DepartmentId;
  duty?: DutyRef;
  related?: Related[];
  score?: number;
  terms?: string[];
  inferred?: boolean;
  /** For a missing match (mandate-gap, unfounded-duty): the nearest candidate and its score. */
  nearest?: Nearest;
  fingerprint: string;
}

/** The duty that came nearest to matching, and how near. */
export interface Nearest {
  duty: DutyRef;
  score: number;
}

/** A related entry as rules report it: its place is resolved to line and column at the end. */
export interface RawRelated {
  department?: DepartmentId;
  duty?: DutyRef;
  division?: string;
  loc: Location;
}

/** What a rule reports, before severity, message, position and fingerprint are settled. */
export interface RawFinding {
  rule: string;
  messageId: string;
  data: MessageData;
  loc: Location;
  /** Known already for syntax and schema findings; otherwise resolved from `loc`. */
  position?: Position;
  department?: DepartmentId;
  duty?: DutyRef;
  related?: RawRelated[];
  score?: number;
  terms?: string[];
  inferred?: boolean;
  nearest?: Nearest;
  /** Caps the severity (a division downgrades an overlap to info). */
  maxSeverity?: Severity;
  /**
   * Identity parts for the fingerprint beyond rule, duty or department and related ids: ids
   * and values, never list indices or file paths (a finding with neither a subject nor a key
   * is known by its file).
   */
  key?: string;
  /** For unused-ignore: the entry it reports, dropped once the entry turns out to accept a finding. */
  entry?: Ignore;
  /**
   * For a finding that stands for many pairs of duties (a same-duty group of overlap or
   * multiple-leads): every duty of `xs` is the same duty as every one of `ys` (of `xs` when
   * absent) in another department, two leads excepted unless `leads`; `related` lists only
   * the first of them. An `ignore` entry accepts the finding when the entries accept every
   * such pair, and its fingerprint reads `key`, not the duties.
   */
  stands?: { xs: readonly DutyRef[]; ys?: readonly DutyRef[]; leads: boolean };
}
