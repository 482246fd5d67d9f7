import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { formatterFor, reportInput, type LintResult } from '../../src/index.js';
import { ROOT } from '../helpers.js';

/** schemas/report.schema.json, compiled as a consumer of the report would: strict, every error. */
const validator = new Ajv({ strict: true, allErrors: true })
  .compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8')) as object);

/** The schema's errors for a parsed JSON report (none: it is valid). */
export function reportErrors(report: unknown): ErrorObject[] {
  return validator(report) ? [] : [...(validator.errors ?? [])];
}

/** A run's JSON report, as `--format json` writes it. */
export async function jsonReport(result: LintResult): Promise<string> {
  const format = await formatterFor('lint', 'json');
  return format(reportInput(result, { tool: { name: 'duty-lint', version: '0.1.0' } }));
}
