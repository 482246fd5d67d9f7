import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** The package as a program imports it, by its name (`npm run build` first): what `exports` offers. */
function node(script: string) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('the library, imported by name', () => {
  it('lints, and renders any format from the registry', () => {
    const out = node(`
      import { formatterFor, lint, reportInput } from 'duty-lint';
      const result = await lint({ paths: ['examples/zhenjiang'] });
      const json = (await formatterFor('lint', 'json'))(reportInput(result));
      console.log(JSON.stringify(JSON.parse(json).summary));`);
    expect(JSON.parse(out)).toMatchObject({ errors: 5, warnings: 8, infos: 5 });
  });

  it('exports its JSON Schemas and its package.json', () => {
    const out = node(`
      import { createRequire } from 'node:module';
      const require = createRequire(process.cwd() + '/');
      console.log(require.resolve('duty-lint/schemas/department.schema.json'));
      console.log(require('duty-lint/package.json').version);`);
    const [schema, version] = out.trim().split('\n');
    expect(schema).toBe(join(ROOT, 'schemas', 'department.schema.json'));
    expect(version).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
