import { describe, it } from 'vitest';
import { runCliAsync } from '../helpers.js';

/*
 * Golden files of every output format on the example catalogue, for people to read: when an
 * output changes on purpose, rerun with `-u` and review the diff of __golden__/ like code.
 * The CLI runs from the repository root on the relative path examples/zhenjiang, so the paths
 * in the output do not depend on where the repository is checked out.
 */

const EXAMPLE = 'examples/zhenjiang';


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
    const r = await runCliAsync(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(code);
    await expect(r.stdout).toMatchFileSnapshot(`./__golden__/${name}.txt`);
  });
});
