import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { EXAMPLE, runCli } from '../helpers.js';

/**
 * self-contradiction reads, for two departments that name each other as counterparts, the
 * other department's declaration (`reads: linked`): an incremental --cache run after an edit
 * on one side must report both sides as a cold run does, when the circle appears and goes.
 */
describe('self-contradiction with --cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-self-contradiction-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function report(catalogue: string, ...args: string[]) {
    const run = runCli([catalogue, '--format', 'json', ...args]);
    return { stdout: run.stdout, stderr: run.stderr, findings: (JSON.parse(run.stdout) as { findings: Finding[] }).findings };
  }

  it('reports a circle of counterparts made and unmade by the higher department\'s file as a cold run does', () => {
    const catalogue = join(dir, 'zhenjiang');
    cpSync(EXAMPLE, catalogue, { recursive: true });
    report(catalogue, '--cache');
    const city = join(catalogue, 'zj', 'amr.yaml');
    const before = readFileSync(city, 'utf8');
    expect(before).not.toContain('counterparts:');
    const circled = (findings: Finding[]) => findings.filter((f) => f.rule === 'self-contradiction').map((f) => `${f.file}:${f.line}`);

    writeFileSync(city, before.replace('\njurisdiction: zj\n', '\njurisdiction: zj\ncounterparts: [zj.rz.amr]\n'));
    const warm = report(catalogue, '--cache', '--stats');
    expect(warm.stderr).toMatch(/re-linted \d+ of \d+ files/);
    expect(warm.stdout).toBe(report(catalogue).stdout);
    expect(circled(warm.findings)).toEqual(['zj/amr.yaml:7', 'zj/rz/amr.yaml:9']);

    writeFileSync(city, before);
    const undone = report(catalogue, '--cache', '--stats');
    expect(undone.stderr).toMatch(/re-linted \d+ of \d+ files/);
    expect(undone.stdout).toBe(report(catalogue).stdout);
    expect(circled(undone.findings)).toEqual([]);
  });
});
