import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/report/index.js';
import { FORMAT_NAMES } from '../../src/report/format-names.js';
import { formatRules } from '../../src/report/rules.js';
import { EXAMPLE, runCliAsync } from '../helpers.js';

/** The `--format` names the CLI offers (listed apart so that --help loads no formatter) are the formats each command writes. */
describe('format names', () => {
  it('of the lint command are its formatters', () => {
    expect([...FORMAT_NAMES.lint].sort()).toEqual(Object.keys(FORMATTERS).sort());
  });

  it('of the rules command each give their own output, json that parses', () => {
    const outputs = FORMAT_NAMES.rules.map((format) => formatRules({ lang: 'en', color: false, format }));
    expect(new Set(outputs).size).toBe(FORMAT_NAMES.rules.length);
    expect(() => JSON.parse(outputs[FORMAT_NAMES.rules.indexOf('json')]!)).not.toThrow();
  });

  it.each([
    ['graph', ['graph', EXAMPLE]],
    ['explain', ['explain', 'zj.rz.edu/study-tour', '--in', EXAMPLE]],
  ] as const)('of the %s command each give their own output, json that parses', async (command, args) => {
    const runs = await Promise.all(FORMAT_NAMES[command].map((format) => runCliAsync([...args, '--format', format])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(new Set(runs.map((r) => r.stdout)).size).toBe(FORMAT_NAMES[command].length);
    expect(() => JSON.parse(runs[FORMAT_NAMES[command].indexOf('json')]!.stdout)).not.toThrow();
  });
});
