import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/index.js';
import { EXAMPLE, runCli } from './helpers.js';

interface Report {
  summary: Record<string, number>;
  findings: Array<{ rule: string; severity: string; duty?: string; file: string; line: number }>;
}

/** The bundled example: a planted finding of every rule, as examples/zhenjiang/EXPECTED.md lists. */
describe('duty-lint on the bundled example', () => {
  const r = runCli([EXAMPLE, '--format', 'json']);
  const report = JSON.parse(r.stdout) as Report;

  it('exits 1 with the planted findings', () => {
    expect(r.code).toBe(1);
    expect(report.summary).toMatchObject({ errors: 5, warnings: 8, infos: 5, suppressed: 2 });
  });

  it('fires every rule of FORMAT.md at least once', () => {
    // self-contradiction has no planted finding: the example's findings were kept as they were
    // when it was added (its cases are in test/rules/self-contradiction.test.ts).
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(new Set(RULE_IDS.filter((id) => id !== 'self-contradiction')));
  });

  it('reports exactly the planted duties, and none of the traps', () => {
    const got = report.findings.map((f) => `${f.rule} ${f.duty ?? f.file}`).sort();
    expect(got).toEqual([
      'dangling-reference zj/rz/amr.yaml',
      'duplicate-id zj.rz.finance/budget-performance',
      'mandate-gap zj.env/construction-dust',
      'misplaced-duty zj.rz.housing/construction-dust',
      'multiple-leads zj.rz.emergency/work-safety-committee',
      'orphan-duty zj.rz.agri/one-issue-subsidy',
      'orphan-duty zj.rz.edu/garbage-sorting',
      'overlap zj.agri/edible-farm-product-quality',
      'overlap zj.rz.agri/edible-farm-product-quality',
      'overlap zj.rz.amr/food-risk-monitoring',
      'overlap zj.rz.emergency/occupational-hygiene',
      'schema zj/rz/env.yaml',
      'unfounded-duty zj.rz.edu/study-tour',
      'unfunded-duty zj.env/ecology-inspection',
      'unfunded-duty zj.rz.agri/homestead',
      'unfunded-duty zj.rz.hrss/labor-inspection',
      'unused-ignore zj.rz.health/food-risk-monitoring',
      'yaml-syntax zj/rz/draft-sports.yaml',
    ].sort());
    // The two overlaps settled by divisions are infos; the other two are warnings.
    const overlaps = report.findings.filter((f) => f.rule === 'overlap').map((f) => f.severity).sort();
    expect(overlaps).toEqual(['info', 'info', 'warn', 'warn']);
  });

  it('lists the same planted findings in EXPECTED.md', () => {
    const expected = readFileSync(join(EXAMPLE, 'EXPECTED.md'), 'utf8');
    for (const f of report.findings) if (f.duty) expect(expected).toContain(f.duty.split('/')[1]!);
  });
});
