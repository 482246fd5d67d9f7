import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli } from './helpers.js';

describe('duty-lint on the bundled example', () => {
  it('reports every planted finding and exits 1', () => {
    const r = runCli([EXAMPLE, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ errors: 5, warnings: 8, infos: 5 });
  });
});
