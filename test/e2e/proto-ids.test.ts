import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoStackTrace, ROOT, runCliAsync } from '../helpers.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'proto-ids');

/**
 * Department, duty, jurisdiction and division ids, file names, terms and ignore rules that are
 * Object.prototype's property names (`constructor`, `__proto__`, `toString`, `hasOwnProperty`,
 * `valueOf`): every record keyed by them must take any string, with the cache and without.
 */
describe('ids that are Object.prototype property names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-proto-'));
  const catalogue = join(dir, 'proto-ids');
  cpSync(FIXTURE, catalogue, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...extra: string[]) => runCliAsync([catalogue, '--format', 'json', '--lang', 'en', ...extra]);

  it('give the same findings with and without --cache, cold, warm and after an edit, and no crash', async () => {
    const plain = await run();
    expectNoStackTrace(plain);
    expect(plain.code).toBe(1);
    const findings = (JSON.parse(plain.stdout) as { findings: Array<{ rule: string; file: string; message: string }> }).findings;
    // The catalogue is analysed, not merely survived: the jurisdiction `constructor` has its overlap and double lead.
    expect(findings.filter((f) => f.file === 'constructor/constructor.yaml').map((f) => f.rule)).toEqual(expect.arrayContaining(['overlap', 'multiple-leads']));
    expect(findings.some((f) => f.rule === 'unused-ignore' && f.message.includes('"__proto__"'))).toBe(true);
    expect(findings.some((f) => f.file === '__proto__.yaml' && f.rule === 'schema')).toBe(true);

    const cold = await run('--cache');
    expectNoStackTrace(cold);
    expect(cold.stdout).toBe(plain.stdout);
    const warm = await run('--cache', '--stats');
    expect(warm.stdout).toBe(plain.stdout);
    expect(warm.stderr).toMatch(/Cache: re-linted 0 of/);

    const file = join(catalogue, 'constructor', 'valueof', 'valueof.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Grant __proto__ fishing licences', 'Grant __proto__ hunting licences'));
    const edited = await run('--cache', '--stats');
    expectNoStackTrace(edited);
    // Re-linted incrementally (the state's records keyed by `constructor` were read back), and exactly as a run without the cache.
    expect(edited.stderr).toMatch(/Cache: re-linted \d+ of \d+ files/);
    expect(edited.stdout).toContain('hunting');
    expect(edited.stdout).toBe((await run()).stdout);
    expect((await run('--cache')).stdout).toBe(edited.stdout);
  });
});
