import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, formatsOf, formatterFor, RULES, UsageError } from '../../src/index.js';
import { EXAMPLE, expectUsageError, ROOT, runCliAsync, temporaryFolders } from '../helpers.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'formatters');
const COMMANDS = ['lint', 'graph', 'explain', 'rules', 'matrix'] as const;

/** One registry of output formats drives `--format` for every command; the lint command also takes a formatter module of the user's. */
describe('the format registry', () => {
  it('declares each command\'s formats once, each with a description in both languages', () => {
    for (const command of COMMANDS) {
      const names = formatsOf(command).map((f) => f.name);
      // Every command has the terminal's and the programs' format, first; names are unique.
      expect(names.slice(0, 2)).toEqual(['stylish', 'json']);
      expect(new Set(names).size).toBe(names.length);
    }
    for (const f of FORMATS) {
      expect(f.description.en.length).toBeGreaterThan(5);
      expect(f.description.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('loads every declared formatter', async () => {
    for (const f of FORMATS) expect(typeof (await f.load())).toBe('function');
  });

  it('names the formats of the command when a name is unknown', async () => {
    await expect(formatterFor('graph', 'sarif')).rejects.toEqual(new UsageError('unknown-format', { format: 'sarif', formats: 'stylish, json, dot, mermaid' }));
    // Only the lint command takes a module; for another, a path is an unknown name.
    await expect(formatterFor('rules', './my.mjs')).rejects.toBeInstanceOf(UsageError);
  });

  it('gives each command\'s formats their own output, json that parses', async () => {
    const outputs = await Promise.all(formatsOf('rules').map(async (f) => (await f.load())({ rules: RULES, lang: 'en', color: false })));
    expect(new Set(outputs).size).toBe(2);
    expect(JSON.parse(outputs[1]!)).toHaveLength(RULES.length);
    for (const [command, args] of [['graph', ['graph', EXAMPLE]], ['explain', ['explain', 'zj.rz.edu/study-tour', '--in', EXAMPLE]]] as const) {
      const formats = formatsOf(command);
      const runs = await Promise.all(formats.map((f) => runCliAsync([...args, '--format', f.name])));
      for (const r of runs) expect(r.code, r.stderr).toBe(0);
      expect(new Set(runs.map((r) => r.stdout)).size).toBe(formats.length);
      expect(() => JSON.parse(runs[formats.findIndex((f) => f.name === 'json')]!.stdout)).not.toThrow();
    }
  });
});

describe('a formatter of the user\'s own (--format ./my-format.mjs)', () => {
  it('gets the findings, the summary and the rules\' metadata, and its text is the report', async () => {
    const [mine, json] = await Promise.all([
      runCliAsync([EXAMPLE, '--format', join(FIXTURES, 'by-rule.mjs')]),
      runCliAsync([EXAMPLE, '--format', 'json']),
    ]);
    expect(mine.code).toBe(json.code);
    const report = JSON.parse(json.stdout) as { findings: Array<{ rule: string }>; summary: { errors: number; warnings: number; infos: number } };
    const expected = RULES.filter((r) => report.findings.some((f) => f.rule === r.id))
      .map((r) => `${r.id}\t${report.findings.filter((f) => f.rule === r.id).length}\t${r.description.en}`);
    expected.push(`total\t${report.summary.errors + report.summary.warnings + report.summary.infos}`);
    expect(mine.stdout).toBe(expected.join('\n') + '\n');
  });

  it('is found relative to where the user stands, and can write to --output-file', async () => {
    const out = join(temporaryFolders().empty(), 'by-rule.tsv');
    const r = await runCliAsync([EXAMPLE, '--format', './test/fixtures/formatters/by-rule.mjs', '-o', out], { cwd: ROOT });
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^yaml-syntax\t1\t/);
  });

  it.each([
    ['missing.mjs', 'Formatter module {file} does not exist'],
    ['no-default.mjs', 'has no default export that is a function'],
    ['not-text.mjs', 'returned object, not text'],
    ['throws.mjs', 'failed: cannot format this'],
  ])('%s: exit 2, one line saying what is wrong with it', async (name, text) => {
    const file = join(FIXTURES, name);
    const r = await runCliAsync([EXAMPLE, '--format', file]);
    expectUsageError(r, new RegExp(text.replace('{file}', file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });
});
