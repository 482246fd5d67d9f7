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

/** Where something stands in the catalogue: `file` is relative to the catalogue root, `/`-separated. */
export interface Location {
  file: string;
  line: number;
  column: number;
  /** JSON pointer into the YAML document, e.g. `/duties/3`. */
  pointer: string;
  /** Index of the YAML document in a multi-document file. */
  doc: number;
}

/** Line and column of a node, keyed by a JSON pointer relative to its declaration. */
export type Places = Record<string, { line: number; column: number }>;

export interface Source {
  title?: string;
  url?: string;
  date?: string;
}

export interface Ignore {
  rule: string;
  reason: string;
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
  loc: Location;
  /** Positions of reference fields, by pointer relative to the duty (`mandate/0`, `lead`, ...). */
  places: Places;
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
  loc: Location;
  /** Positions of reference fields (`counterparts/0`, ...). */
  places: Places;
}

export interface DivisionParty {
  department: DepartmentId;
  scope?: string;
  duties: string[];
  loc: Location;
  /** Positions of reference fields (`department`, `duties/0`). */
  places: Places;
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

/** Values a message is filled with; lists are joined the way the language joins them. */
export type MessageData = Record<string, string | number | string[]>;

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
  data: MessageData;
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
  fingerprint: string;
}

/** What a rule reports, before severity, message and fingerprint are settled. */
export type RawFinding = Omit<Finding, 'severity' | 'message' | 'fingerprint'> & {
  /** Caps the severity (a division downgrades an overlap to info). */
  maxSeverity?: Severity;
  /** Identity parts for the fingerprint beyond rule, duty and related duties. */
  key?: string;
};
