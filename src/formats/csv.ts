import { stringify } from 'csv-stringify/sync';
import { departmentsById } from '../report/overlaps.js';
import type { Finding } from '../types.js';
import type { Formatter, ReportInput } from './context.js';

/**
 * The columns, in order: docs/csv.md says what each holds. They are keys for programs, so
 * they stay English whatever `--lang` is; a new column goes at the end.
 */
export const CSV_COLUMNS = [
  'rule', 'kind', 'severity', 'file', 'line', 'column',
  'government', 'department', 'department_name', 'duty', 'duty_text',
  'related_departments', 'related_duties', 'related_duty_texts', 'related_divisions',
  'score', 'inferred', 'terms', 'message', 'fingerprint',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/**
 * Several values in one cell go one per line: ids, refs and terms never hold a line break,
 * and duty texts may hold `;` or `；`, which makes a `; ` separator ambiguous.
 */
const list = (values: Iterable<string>) => [...values].join('\n');

/**
 * One row per finding, in the report's order, under a header row: RFC 4180 with CRLF line
 * ends, and a UTF-8 BOM unless `bom` is false.
 *
 * Cells that start with `=`, `+`, `-` or `@` are written as they are, though Excel takes
 * them for formulas (CSV injection): a `'` prefix, as OWASP suggests, would alter the
 * catalogue's own text for every program that reads the file, and the text comes from the
 * catalogue under review, not from strangers.
 */
export const formatCsv: Formatter = (input) => stringify(input.findings.map(rowOf(input)), {
  columns: [...CSV_COLUMNS],
  header: true,
  bom: input.bom ?? true,
  record_delimiter: 'windows',
  // With a record delimiter given, csv-stringify quotes only fields that hold all of it
  // (adaltas/node-csv#467); a bare LF or CR in a cell must be quoted too.
  quote_record_delimiter: true,
});

function rowOf({ rules, catalogue, lang }: ReportInput): (f: Finding) => Row {
  const kinds = new Map(rules.map((r) => [r.id, r.kind[lang]]));
  const departments = departmentsById(catalogue);
  const text = (ref: string) => catalogue.duties[ref]?.title ?? '';
  return (f) => {
    const related = f.related ?? [];
    const relatedDuties = related.flatMap((r) => r.duty ?? []);
    const department = f.department === undefined ? undefined : departments.get(f.department);
    return {
      rule: f.rule,
      kind: kinds.get(f.rule) ?? '',
      severity: f.severity,
      file: f.file,
      line: String(f.line),
      column: String(f.column),
      government: department?.jurisdiction ?? '',
      department: f.department ?? '',
      department_name: department?.name ?? '',
      duty: f.duty ?? '',
      duty_text: f.duty === undefined ? '' : text(f.duty),
      related_departments: list(new Set(related.flatMap((r) => r.department ?? []))),
      related_duties: list(relatedDuties),
      related_duty_texts: list(relatedDuties.map(text)),
      related_divisions: list(related.flatMap((r) => r.division ?? [])),
      score: f.score === undefined ? '' : String(f.score),
      inferred: f.inferred === undefined ? '' : String(f.inferred),
      terms: list(f.terms ?? []),
      message: f.message,
      fingerprint: f.fingerprint,
    };
  };
}
