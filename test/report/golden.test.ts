import { spawn } from 'node:child_process';
import { describe, it } from 'vitest';
import { BIN, ROOT, type CliRun } from '../helpers.js';

/*
 * Golden files of every output format on the example catalogue, for people to read: when an
 * output changes on purpose, rerun with `-u` and review the diff of __golden__/ like code.
 * The CLI runs from the repository root on the relative path examples/zhenjiang, so the paths
 * in the output do not depend on where the repository is checked out.
 */

const EXAMPLE = 'examples/zhenjiang';

/** helpers.runCli without blocking, so the golden runs can overlap: NO_COLOR=1, LANG=C. */
function run(args: string[]): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };
  delete env.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const CASES: Array<{ name: string; args: string[]; code: number }> = [
  { name: 'lint-stylish-en', args: [EXAMPLE], code: 1 },
  { name: 'lint-stylish-zh', args: [EXAMPLE, '--lang', 'zh'], code: 1 },
  { name: 'lint-json', args: [EXAMPLE, '--format', 'json'], code: 1 },
  { name: 'graph-json', args: ['graph', EXAMPLE, '--format', 'json'], code: 0 },
  { name: 'graph-stylish', args: ['graph', EXAMPLE], code: 0 },
  { name: 'rules', args: ['rules'], code: 0 },
];

describe.concurrent('golden output on the example catalogue', () => {
  // Concurrent tests must use the `expect` of their own context for snapshots.
  it.for(CASES)('$name', async ({ name, args, code }, { expect }) => {
    const r = await run(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(code);
    await expect(r.stdout).toMatchFileSnapshot(`./__golden__/${name}.txt`);
  });
});
