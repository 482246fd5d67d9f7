import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { EXAMPLE, ROOT } from '../helpers.js';
import { jsonReport, reportErrors } from './report-schema.js';

/**
 * schemas/report.schema.json: the published JSON Schema of the JSON report (FORMAT.md, "The
 * JSON report"). The example's report validates; a report missing any field the contract
 * requires, or with a value of the wrong kind, does not.
 */

type Json = Record<string, unknown>;

const golden = JSON.parse(readFileSync(join(ROOT, 'test', 'formats', '__golden__', 'lint-json.txt'), 'utf8')) as Json;

function copy(): Json {
  return structuredClone(golden);
}

function firstWith(report: Json, field: string): Json {
  return (report.findings as Json[]).find((f) => field in f)!;
}

describe('the JSON report schema', () => {
  it('validates the example\'s report, as the CLI writes it and as the library renders it', async () => {
    expect(reportErrors(golden)).toEqual([]);
    const report = JSON.parse(await jsonReport(await lint({ paths: [EXAMPLE], lang: 'zh' }))) as Json;
    expect(reportErrors(report)).toEqual([]);
    // Every optional field of a finding occurs in the example, so each is checked above.
    for (const field of ['department', 'duty', 'related', 'score', 'terms', 'inferred', 'nearest']) expect(firstWith(report, field)).toBeDefined();
  });

  const required: Array<[string, (r: Json) => Json, string]> = [
    ...['version', 'tool', 'summary', 'findings'].map((k): [string, (r: Json) => Json, string] => ['report', (r) => r, k]),
    ...['name', 'version'].map((k): [string, (r: Json) => Json, string] => ['tool', (r) => r.tool as Json, k]),
    ...['files', 'departments', 'duties', 'errors', 'warnings', 'infos'].map((k): [string, (r: Json) => Json, string] => ['summary', (r) => r.summary as Json, k]),
    ...['rule', 'severity', 'message', 'file', 'line', 'column', 'pointer', 'fingerprint'].map((k): [string, (r: Json) => Json, string] => ['finding', (r) => (r.findings as Json[])[0]!, k]),
    ...['file', 'line', 'column'].map((k): [string, (r: Json) => Json, string] => ['related', (r) => (firstWith(r, 'related').related as Json[])[0]!, k]),
    ...['duty', 'score'].map((k): [string, (r: Json) => Json, string] => ['nearest', (r) => firstWith(r, 'nearest').nearest as Json, k]),
    ...['terms', 'inferred'].map((k): [string, (r: Json) => Json, string] => ['scored finding', (r) => firstWith(r, 'score'), k]),
  ];

  it.each(required)('rejects a %s without "%s"', (_, at, field) => {
    const report = copy();
    delete at(report)[field];
    expect(reportErrors(report)).not.toEqual([]);
  });

  it.each<[string, (r: Json) => void]>([
    ['another version', (r) => { r.version = 2; }],
    ['a severity outside error, warn, info', (r) => { (r.findings as Json[])[0]!.severity = 'warning'; }],
    ['a line of 0', (r) => { (r.findings as Json[])[0]!.line = 0; }],
    ['a column as text', (r) => { (r.findings as Json[])[0]!.column = '5'; }],
    ['a pointer that is not a JSON pointer', (r) => { (r.findings as Json[])[0]!.pointer = 'duties/3'; }],
    ['a short fingerprint', (r) => { (r.findings as Json[])[0]!.fingerprint = 'abc'; }],
    ['a score above 1', (r) => { firstWith(r, 'score').score = 1.5; }],
    ['a duty that is no duty reference', (r) => { firstWith(r, 'duty').duty = 'zj.rz.amr'; }],
    ['a negative count', (r) => { (r.summary as Json).errors = -1; }],
    ['findings that are not a list', (r) => { r.findings = {}; }],
  ])('rejects %s', (_, mutate) => {
    const report = copy();
    mutate(report);
    expect(reportErrors(report)).not.toEqual([]);
  });

  it('accepts fields it does not name: version 1 may add fields, never rename them', () => {
    const report = copy();
    (report.findings as Json[])[0]!.since = '2026-01-01';
    (report.summary as Json).baselined = 3;
    expect(reportErrors(report)).toEqual([]);
  });

  it('accepts a pointer through keys of any character (a key with a stray U+2028, found by test/fuzz)', () => {
    const report = copy();
    (report.findings as Json[])[0]!.pointer = '/level\u2028/0';
    expect(reportErrors(report)).toEqual([]);
  });

  it('is published with the package', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, string>; files: string[] };
    expect(pkg.exports['./schemas/*']).toBe('./schemas/*');
    expect(pkg.files).toContain('schemas');
  });
});
