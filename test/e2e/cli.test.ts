import { spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import yaml from 'js-yaml';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cachedRuns, EXAMPLE, ROOT, expectNoStackTrace, expectUsageError, runCliAsync, temporaryFolders, type CliRun } from '../helpers.js';

/*
 * The built CLI, spawned: run `npx tsc -p tsconfig.build.json` first. Each spawn costs about half
 * a second of start-up, so the tests run concurrently and share the runs they can.
 */


const RULES: Array<[string, string]> = [
  ['yaml-syntax', 'error'], ['schema', 'error'], ['duplicate-id', 'error'], ['dangling-reference', 'error'],
  ['overlap', 'warn'], ['multiple-leads', 'error'], ['orphan-duty', 'warn'], ['mandate-gap', 'warn'],
  ['unfounded-duty', 'warn'], ['misplaced-duty', 'warn'], ['unfunded-duty', 'off'], ['unused-ignore', 'warn'],
  ['self-contradiction', 'warn'],
];
const RULE_IDS = RULES.map(([id]) => id);
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const ESC = '\u001b[';

interface JsonFinding {
  rule: string; severity: string; message: string; file: string; line: number; column: number; pointer: string;
  department?: string; duty?: string; related?: Array<Record<string, unknown>>;
  score?: number; terms?: string[]; inferred?: boolean; nearest?: { duty: string; score: number }; fingerprint: string;
}
interface JsonReport {
  version: number; tool: { name: string; version: string };
  summary: Record<string, number>; findings: JsonFinding[];
}
interface GraphDuty { ref: string; title: string; role: string; status: string; mandate: Array<{ ref: string; inferred: boolean; score?: number }> }
interface GraphJson {
  version: number;
  departments: Array<{ id: string; name: string; jurisdiction: string; counterparts: string[]; file: string; duties: GraphDuty[] }>;
  divisions: Array<{ id: string; jurisdiction: string; parties: string[] }>;
}

const { catalogue, empty: tempDir } = temporaryFolders();

/** Two departments with distinct, funded duties and nothing to say about them. */
const CLEAN = {
  'finance.yaml': [
    'kind: department', 'id: x.finance', 'name: 某区财政局', 'jurisdiction: x', 'duties:',
    '  - id: budget', '    title: 负责编制全区年度预算草案', '    budget: [2024-01]',
    '  - id: procurement', '    title: 负责全区政府采购监督管理', '    budget: [2024-02]', '',
  ].join('\n'),
  'edu.yaml': [
    'kind: department', 'id: x.edu', 'name: 某区教育局', 'jurisdiction: x', 'duties:',
    '  - id: campus-safety', '    title: 负责全区中小学幼儿园校园安全管理', '    budget: [2024-03]', '',
  ].join('\n'),
};
/** Two support duties with no lead: two orphan-duty warnings, no errors. */
const WARN_ONLY = {
  'edu.yaml': [
    'kind: department', 'id: x.edu', 'name: 某区教育局', 'jurisdiction: x', 'duties:',
    '  - id: garbage-sorting', '    title: 配合做好全区生活垃圾分类工作', '    role: support',
    '  - id: flood-drills', '    title: 配合开展校园防汛应急演练', '    role: support', '',
  ].join('\n'),
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Runs shared by several tests (the example takes most of a second); determinism checks call runCli afresh. */
const cached = cachedRuns();

function json(run: CliRun): JsonReport {
  return JSON.parse(run.stdout) as JsonReport;
}



interface Stylish {
  /** Per file: the first line of each finding, and the rest of its message when it wraps. */
  groups: Array<{ file: string; lines: string[]; wrapped: string[] }>;
  table: string[][];
  tail: string[];
}

/** Splits stylish output into file groups, the summary table and the lines after it. */
function parseStylish(out: string): Stylish {
  const lines = out.split('\n');
  const groups: Stylish['groups'] = [];
  let i = 0;
  for (; i < lines.length && !lines[i]!.startsWith('┌'); i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const group = groups[groups.length - 1];
    if (!group || !line.startsWith(' ')) groups.push({ file: line, lines: [], wrapped: [] });
    else if (/^ +\d+:\d+ {2}/.test(line)) group.lines.push(line);
    else group.wrapped[group.lines.length - 1] = (group.wrapped[group.lines.length - 1] ?? '') + line.trim();
  }
  const table: string[][] = [];
  for (; i < lines.length && lines[i] !== ''; i++) {
    const line = lines[i]!;
    if (line.startsWith('│')) table.push(line.split('│').slice(1, -1).map((c) => c.trim()));
  }
  return { groups, table, tail: lines.slice(i).filter((l) => l !== '') };
}

/**
 * `line:column  severity  message  rule-id`, split at the runs of two or more spaces; the
 * rest of a wrapped message, if any, is `wrapped`. Messages come without whitespace, as
 * wrapping changes it.
 */
function parseFindingLine(line: string, wrapped = '') {
  const m = /^ +(\d+):(\d+) {2}(\S+) +(.+?) {2,}([a-z-]+)$/.exec(line);
  if (!m) throw new Error(`not a stylish finding line: ${JSON.stringify(line)}`);
  return { line: Number(m[1]), column: Number(m[2]), severity: m[3]!, message: unspaced(m[4]! + wrapped), rule: m[5]! };
}

const unspaced = (text: string) => text.replace(/\s+/g, '');

/** Display column (0-based) at which the text after the last run of spaces starts. */
function ruleColumn(line: string): number {
  return stringWidth(line.slice(0, line.lastIndexOf(' ') + 1));
}

describe.concurrent('exit codes', () => {
  it('0 on a clean catalogue', async () => {
    const dir = catalogue(CLEAN);
    const r = await runCliAsync([dir]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toBe('No problems found in 2 files (3 duties).\n');
    expect(r.stderr).toBe('');
  });

  it('1 with errors', async () => {
    const dir = catalogue({ ...CLEAN, 'bad.yaml': 'kind: department\nid: Bad\n' });
    const r = await runCliAsync([dir, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r).summary.errors).toBeGreaterThan(0);
  });

  it('warnings alone exit 0; with --max-warnings, 1 above it and 0 within it', async () => {
    const dir = catalogue(WARN_ONLY);
    const plain = await runCliAsync([dir, '--format', 'json']);
    expect(plain.code).toBe(0);
    expect(json(plain).summary).toMatchObject({ errors: 0, warnings: 2 });
    expect((await runCliAsync([dir, '--max-warnings', '1'])).code).toBe(1);
    expect((await runCliAsync([dir, '--max-warnings', '2'])).code).toBe(0);
    expect((await runCliAsync([dir, '--max-warnings', '0', '--quiet'])).code).toBe(0); // --quiet: warnings are not counted
  });

  it('2 for a path that does not exist', async () => {
    expectUsageError(await runCliAsync(['no/such/folder']), /No such file or folder: no\/such\/folder/);
  });

  it('2 for a folder with no duty files, as ESLint does', async () => {
    const dir = catalogue({ 'README.md': '# not a duty file\n' });
    expectUsageError(await runCliAsync([dir]), /No duty files found in .* \(include: \*\*\/\*\.yaml, \*\*\/\*\.yml\)/);
  });

  it('--stats prints stage and rule timings to stderr, leaving the report alone', async () => {
    const dir = catalogue(CLEAN);
    const plain = await runCliAsync([dir, '--format', 'json']);
    const r = await runCliAsync([dir, '--format', 'json', '--stats']);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toMatch(/^\nTimings:\n/);
    for (const stage of ['discover', 'load', 'parse', 'validate', 'graph', 'text terms', 'same-duty pairs', 'rule:overlap', 'findings', 'total']) {
      expect(r.stderr).toMatch(new RegExp(`\\n {2,}${stage} +\\d+\\.\\d ms`));
    }
  });

  it('-o into a device (here through a link to /dev/null) writes into it, never replaces it', async () => {
    // Through a link of our own, so that a regression replaces the link, not the machine's /dev/null.
    const out = join(tempDir(), 'null');
    symlinkSync('/dev/null', out);
    const r = await runCliAsync([catalogue(CLEAN), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a reader that closes the pipe early (| head) ends the run quietly, with the exit code', async () => {
    const child = spawn(process.execPath, [BIN, EXAMPLE], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', LANG: 'C' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    // Closed before the report is written: its write fails with EPIPE.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('2 for an unknown option', async () => {
    const r = await runCliAsync([EXAMPLE, '--frobnicate']);
    expect(r.code).toBe(2);
    expectNoStackTrace(r);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("unknown option '--frobnicate'");
  });

  it('2 for a bad --rule value, an unknown rule and a bad --max-warnings', async () => {
    const dir = catalogue(CLEAN);
    expectUsageError(await runCliAsync([dir, '--rule', 'overlap']), /Invalid --rule "overlap"/);
    expectUsageError(await runCliAsync([dir, '--rule', 'overlap=loud']), /Invalid --rule "overlap=loud"/);
    expectUsageError(await runCliAsync([dir, '--rule', 'no-such-rule=warn']), /Unknown rule "no-such-rule"/);
    expectUsageError(await runCliAsync([dir, '--max-warnings', 'many']), /Invalid --max-warnings "many"/);
  });

  it('2 for an invalid --format', async () => {
    const r = await runCliAsync([EXAMPLE, '--format', 'xml']);
    expect(r.code).toBe(2);
    expectNoStackTrace(r);
    expect(r.stdout).toBe('');
  });

  it.each([
    ['a bad severity', 'rules:\n  overlap: loud\n', 2, 12, /rules\.overlap must be one of off, info, warn, error/],
    ['an unknown rule', '# config\nrules:\n  overlap: warn\n  no-such-rule: warn\n', 4, 3, /rules has an unknown field "no-such-rule" \(allowed: yaml-syntax, /],
    // At the [ that is never closed.
    ['invalid YAML', 'rules:\n  overlap: [warn\n', 2, 12, /invalid YAML in the config: a \[ or \{ is never closed/],
    ['an out-of-range threshold', 'matching:\n  threshold: 7\n', 2, 14, /matching\.threshold must be <= 1/],
  ])('2 for an invalid config file (%s), naming file:line:column, with no stack trace', async (_name, config, line, column, pattern) => {
    const dir = catalogue({ ...CLEAN, 'duty-lint.config.yaml': config });
    const r = await runCliAsync([dir]);
    expectUsageError(r, pattern);
    const where = line === undefined ? '\\d+:\\d+' : `${line}:${column}`;
    expect(r.stderr).toMatch(new RegExp(`^duty-lint: ${escape(join(dir, 'duty-lint.config.yaml'))}:${where}: `));
  });

  it('2 for a --config file that does not exist', async () => {
    const dir = catalogue(CLEAN);
    expectUsageError(await runCliAsync([dir, '--config', join(dir, 'missing.yaml')]), /Config file not found/);
  });
});

describe.concurrent('--format json on the example', () => {
  let first: CliRun;
  let report: JsonReport;
  beforeAll(async () => {
    first = await cached([EXAMPLE, '--format', 'json']);
    report = json(first);
  });

  it('has the FORMAT.md shape', async () => {
    expect(first.code).toBe(1);
    expect(first.stderr).toBe('');
    expect(Object.keys(report).slice(0, 4)).toEqual(['version', 'tool', 'summary', 'findings']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'duty-lint', version: VERSION });
    expect(Object.keys(report.summary)).toEqual(expect.arrayContaining(['files', 'departments', 'duties', 'errors', 'warnings', 'infos']));
    for (const v of Object.values(report.summary)) expect(Number.isInteger(v)).toBe(true);
    expect(report.summary).toMatchObject({ files: 21, departments: 18 });
    const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
    expect(report.summary).toMatchObject({ errors: count('error'), warnings: count('warn'), infos: count('info') });
  });

  it('every finding has the required fields, with valid values', async () => {
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(RULE_IDS).toContain(f.rule);
      expect(['error', 'warn', 'info']).toContain(f.severity);
      expect(typeof f.message).toBe('string');
      expect(f.message.length).toBeGreaterThan(0);
      expect(Number.isInteger(f.line) && f.line >= 1).toBe(true);
      expect(Number.isInteger(f.column) && f.column >= 1).toBe(true);
      expect(typeof f.pointer).toBe('string');
      expect(f.fingerprint).toMatch(/^\S+$/);
      for (const r of f.related ?? []) {
        expect(typeof r.file).toBe('string');
        expect(r.line).toEqual(expect.any(Number));
        expect(r.column).toEqual(expect.any(Number));
      }
    }
  });

  it('file paths are relative to the catalogue root, with /, and exist', async () => {
    const files = report.findings.flatMap((f) => [f.file, ...(f.related ?? []).map((r) => r.file as string)]);
    for (const file of files) {
      expect(file).not.toMatch(/^\/|\\|^\.\.?\//);
      expect(existsSync(join(EXAMPLE, file)), file).toBe(true);
    }
    expect(files).toContain('zj/rz/amr.yaml');
  });

  it('findings are sorted by file, line, column, rule', async () => {
    const key = (f: JsonFinding): [string, number, number, string] => [f.file, f.line, f.column, f.rule];
    for (let i = 1; i < report.findings.length; i++) {
      const [a, b] = [key(report.findings[i - 1]!), key(report.findings[i]!)];
      const cmp = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
      expect(cmp, `${a.join(':')} before ${b.join(':')}`).toBeLessThanOrEqual(0);
    }
  });

  it('every similarity finding carries score, terms and inferred', async () => {
    // A finding about a missing match names its nearest candidate in `data`, not as evidence.
    const similar = report.findings.filter((f) => f.score !== undefined || f.terms !== undefined ||
      (/similarity/.test(f.message) && f.nearest === undefined));
    expect(similar.map((f) => f.rule)).toEqual(expect.arrayContaining(['overlap', 'multiple-leads']));
    for (const f of similar) {
      expect(f.score, f.message).toEqual(expect.any(Number));
      expect(f.score! > 0 && f.score! <= 1).toBe(true);
      expect(Array.isArray(f.terms) && f.terms.length > 0, f.message).toBe(true);
      expect(typeof f.inferred).toBe('boolean');
    }
  });

  it('every mandate-gap and unfounded-duty finding names its nearest candidate and score, in the message and as `nearest`', async () => {
    const missing = report.findings.filter((f) => f.rule === 'mandate-gap' || f.rule === 'unfounded-duty');
    expect(missing.length).toBeGreaterThanOrEqual(2);
    for (const f of missing) {
      expect(f.nearest, f.message).toEqual({ duty: expect.stringMatching(/^zj\./), score: expect.any(Number) });
      expect(f.message).toContain(f.nearest!.duty);
      expect(f.message).toContain(String(f.nearest!.score));
    }
  });

  it('has the planted findings of EXPECTED.md, by rule and severity', async () => {
    const byRule: Record<string, string[]> = {};
    for (const f of report.findings) (byRule[f.rule] ??= []).push(f.severity);
    expect(byRule['yaml-syntax']).toEqual(['error']);
    expect(byRule.schema).toEqual(['error']);
    expect(byRule['duplicate-id']).toEqual(['error']);
    expect(byRule['dangling-reference']).toEqual(['error']);
    expect(byRule['multiple-leads']).toEqual(['error']);
    expect(byRule['unfunded-duty']).toEqual(['info', 'info', 'info']);
    const at = (rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => `${f.file}:${f.line}`);
    expect(at('yaml-syntax')).toEqual(['zj/rz/draft-sports.yaml:15']);
    expect(report.findings.find((f) => f.rule === 'schema')).toMatchObject({ file: 'zj/rz/env.yaml', line: 30, column: 11, pointer: '/duties/4/role' });
    expect(at('duplicate-id')).toEqual(['zj/rz/finance.yaml:28']);
    expect(at('unused-ignore')).toEqual(['zj/rz/health.yaml:19']);
    expect(at('dangling-reference')).toEqual(['zj/rz/amr.yaml:9']);
    expect(at('unfunded-duty')).toEqual(['zj/env.yaml:31', 'zj/rz/agri.yaml:25', 'zj/rz/hrss.yaml:25']);
  });

  it('fingerprints are unique, and stable across runs (byte-identical output)', async () => {
    const prints = report.findings.map((f) => f.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    const second = await runCliAsync([EXAMPLE, '--format', 'json']);
    expect(second.stdout).toBe(first.stdout);
  });

  it('does not depend on the working directory', async () => {
    const elsewhere = await runCliAsync([EXAMPLE, '--format', 'json'], { cwd: tempDir() });
    expect(elsewhere.stdout).toBe(first.stdout);
  });

  it('fingerprints are unaffected by line moves', async () => {
    const copy = tempDir();
    cpSync(EXAMPLE, copy, { recursive: true });
    for (const file of new Set(report.findings.map((f) => f.file))) {
      const path = join(copy, file);
      writeFileSync(path, `# a comment and a blank line, added above everything\n\n${readFileSync(path, 'utf8')}`);
    }
    const moved = json(await runCliAsync([copy, '--format', 'json']));
    expect(moved.findings.map((f) => [f.rule, f.file, f.line - 2, f.column, f.fingerprint]))
      .toEqual(report.findings.map((f) => [f.rule, f.file, f.line, f.column, f.fingerprint]));
  });

  it('options before or after the paths give the same report', async () => {
    const before = await runCliAsync(['--format', 'json', EXAMPLE]);
    expect(before.code).toBe(1);
    expect(before.stdout).toBe(first.stdout);
  });

  it('--rule unfunded-duty=off removes those findings, and only those', async () => {
    const r = await runCliAsync([EXAMPLE, '--rule', 'unfunded-duty=off', '--format', 'json']);
    const off = json(r);
    expect(off.findings.filter((f) => f.rule === 'unfunded-duty')).toEqual([]);
    expect(off.findings).toEqual(report.findings.filter((f) => f.rule !== 'unfunded-duty'));
    expect(off.summary.infos).toBe(report.summary.infos! - 3);
  });

  it('--rule raises a severity over the config', async () => {
    const dir = catalogue(WARN_ONLY);
    const r = await runCliAsync([dir, '--rule', 'orphan-duty=error', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r).findings.map((f) => [f.rule, f.severity])).toEqual([['orphan-duty', 'error'], ['orphan-duty', 'error']]);
  });
});

describe.concurrent('stylish', () => {
  let en: CliRun;
  let report: JsonReport;
  beforeAll(async () => {
    en = await cached([EXAMPLE]);
    report = json(await cached([EXAMPLE, '--format', 'json']));
  });

  it('groups findings by file, as `line:column  severity  message  rule-id`', async () => {
    expect(en.code).toBe(1);
    const { groups } = parseStylish(en.stdout);
    const files = [...new Set(report.findings.map((f) => f.file))];
    // Paths as seen from where the CLI runs (the repository root).
    expect(groups.map((g) => g.file)).toEqual(files.map((f) => `examples/zhenjiang/${f}`));
    for (const g of groups) {
      const file = files[groups.indexOf(g)]!;
      const expected = report.findings.filter((f) => f.file === file);
      expect(g.lines.map((l, i) => parseFindingLine(l, g.wrapped[i]))).toEqual(expected.map(({ line, column, severity, message, rule }) => ({
        line, column, severity, message: unspaced(message), rule,
      })));
    }
  });

  it.each([['en', 80], ['zh', 80], ['zh', 120], ['en', 100]])('--lang %s fits %i columns: long messages wrap under themselves, the rule id on the first line', async (lang, width) => {
    const r = await runCliAsync([EXAMPLE, '--lang', lang, '-f', 'stylish'], { env: { COLUMNS: String(width) } });
    const findingLines = r.stdout.split('\n').filter((l) => l.startsWith(' ') && !l.startsWith('│'));
    // Only a line holding a token that cannot break (a duty reference) may run over.
    const over = findingLines.filter((l) => stringWidth(l) > width && !/\S{25,}/.test(l));
    expect(over).toEqual([]);
    const { groups } = parseStylish(r.stdout);
    expect(groups.some((g) => g.wrapped.length > 0)).toBe(true);
    for (const g of groups) expect(new Set(g.lines.map(ruleColumn)).size, g.file).toBe(1);
    for (const l of findingLines) expect(l, 'no line starts with a closing mark').not.toMatch(/^ +[、，。：；」）]/);
    // A wrapped line starts exactly under its message, whatever character the break fell on.
    let messageAt = 0;
    for (const l of findingLines) {
      const first = /^ +\d+:\d+ {2}\S+ +/.exec(l);
      if (first) messageAt = stringWidth(first[0]);
      else expect(/^ */.exec(l)![0].length, l).toBe(messageAt);
    }
  });

  it('ends with a table of counts per rule and severity, and a total', async () => {
    const { table, tail } = parseStylish(en.stdout);
    expect(table[0]).toEqual(['rule', 'error', 'warn', 'info']);
    const rows = table.slice(1);
    const expectedRows = RULE_IDS.filter((id) => report.findings.some((f) => f.rule === id)).map((id) => {
      const n = (s: string) => String(report.findings.filter((f) => f.rule === id && f.severity === s).length);
      return [id, n('error'), n('warn'), n('info')];
    });
    const { errors, warnings, infos } = report.summary;
    expect(rows).toEqual([...expectedRows, ['total', String(errors), String(warnings), String(infos)]]);
    expect(tail[0]).toBe(`✖ ${errors! + warnings! + infos!} problems (${errors} errors, ${warnings} warnings, ${infos} infos)`);
  });

  it('is byte-identical across runs', async () => {
    expect((await runCliAsync([EXAMPLE])).stdout).toBe(en.stdout);
  });

  it('LANG=zh_CN.UTF-8 gives the Chinese report', async () => {
    const viaEnv = await runCliAsync([EXAMPLE], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(viaEnv.stdout).toBe((await runCliAsync([EXAMPLE, '--lang', 'zh'])).stdout);
  });

  it('--lang zh: Chinese labels, messages starting at one display column per file', async () => {
    const zh = await cached([EXAMPLE, '--lang', 'zh']);
    expect(zh.code).toBe(1);
    const { groups, table, tail } = parseStylish(zh.stdout);
    expect(table[0]).toEqual(['规则', '错误', '警告', '提示']);
    expect(tail[0]).toMatch(/^✖ 共 \d+ 个问题（\d+ 个错误，\d+ 个警告，\d+ 个提示）$/);
    expect(groups.length).toBeGreaterThan(5);
    for (const g of groups) {
      const starts = g.lines.map((l) => stringWidth(/^ +\d+:\d+ {2}\S+ +/.exec(l)![0]));
      expect(new Set(starts).size, g.file).toBe(1);
      for (const l of g.lines) expect(['错误', '警告', '提示']).toContain(parseFindingLine(l).severity);
    }
  });

  it.each([
    ['--lang zh', ['--lang', 'zh']],
    ['English', []],
  ])('CJK alignment (%s): all rule ids of a file group start at the same display column', async (_name, args) => {
    // Short messages with Chinese text of different lengths, and positions of different widths.
    const dir = catalogue({
      'amr.yaml': [
        'kind: department', 'id: x.amr', 'name: 某区市场监管局', 'jurisdiction: x.rz', 'counterparts: [x.gone, x.nope]', 'duties:',
        '  - id: food', '    title: 负责食品安全', '    basis: [食品安全法]',
        '  - id: e-bike', '    title: 负责全区电动自行车销售环节质量监督检查', '    basis: [产品质量法]',
        '  - id: equipment', '    title: 特种设备', '    role: 牵头', '',
      ].join('\n'),
    });
    const r = await runCliAsync([dir, '--rule', 'unfunded-duty=info', ...args]);
    const { groups } = parseStylish(r.stdout);
    expect(groups).toHaveLength(1);
    const lines = groups[0]!.lines;
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.some((l) => /[\u4e00-\u9fff]/.test(parseFindingLine(l).message))).toBe(true);
    expect(new Set(lines.map(ruleColumn)).size, lines.join('\n')).toBe(1);
  });

  it('CJK alignment on the example: all rule ids of a file group start at the same display column', async () => {
    const zh = await runCliAsync([EXAMPLE, '--lang', 'zh']);
    for (const g of parseStylish(zh.stdout).groups) expect(new Set(g.lines.map(ruleColumn)).size, g.file).toBe(1);
  });

  it('--quiet shows errors only', async () => {
    const r = await runCliAsync([EXAMPLE, '--quiet']);
    expect(r.code).toBe(1);
    const { groups, table } = parseStylish(r.stdout);
    const lines = groups.flatMap((g) => g.lines.map((l) => parseFindingLine(l)));
    expect(lines.length).toBe(report.summary.errors);
    expect(lines.every((l) => l.severity === 'error')).toBe(true);
    expect(table.at(-1)).toEqual(['total', String(report.summary.errors), '0', '0']);
  });

  it('no ANSI escapes with NO_COLOR or --no-color; some with FORCE_COLOR=1', async () => {
    expect(en.stdout).not.toContain(ESC); // runCli sets NO_COLOR=1
    const forced = await runCliAsync([EXAMPLE], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(forced.stdout).toContain(ESC);
    expect(stripVTControlCharacters(forced.stdout)).toBe(en.stdout);
    const flag = await runCliAsync([EXAMPLE, '--no-color'], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(flag.stdout).not.toContain(ESC);
    expect(flag.stdout).toBe(en.stdout);
  });

  it('a clean run says so in Chinese too', async () => {
    const dir = catalogue(CLEAN);
    expect((await runCliAsync([dir, '--lang', 'zh'])).stdout).toBe('未发现问题：共检查 2 个文件（3 项职责）。\n');
  });
});

describe.concurrent('--output-file', () => {
  it('writes the report, replaces an earlier report (--force is still accepted), leaves no temporary files', async () => {
    const dir = catalogue(WARN_ONLY);
    const out = tempDir();
    const target = join(out, 'report.json');
    const stdoutRun = await runCliAsync([dir, '--format', 'json']);

    const write = await runCliAsync([dir, '--format', 'json', '--output-file', target]);
    expect(write.code).toBe(0);
    expect(write.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(stdoutRun.stdout);
    expect(readdirSync(out)).toEqual(['report.json']);

    writeFileSync(target, 'OLD');
    const replace = await runCliAsync([dir, '--format', 'json', '-o', target]);
    expect(replace.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(stdoutRun.stdout);
    expect(readdirSync(out)).toEqual(['report.json']);

    writeFileSync(target, 'OLD');
    const force = await runCliAsync([dir, '--format', 'json', '-o', target, '--force']);
    expect(force.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(stdoutRun.stdout);
    expect(readdirSync(out)).toEqual(['report.json']);
  });

  it('writes stylish without colours even when FORCE_COLOR is set, and keeps the lint exit code', async () => {
    const dir = catalogue({ ...WARN_ONLY, 'bad.yaml': 'kind: department\nid: Bad\n' });
    const out = tempDir();
    const target = join(out, 'report.txt');
    const r = await runCliAsync([dir, '-o', target], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(r.code).toBe(1);
    expect(readFileSync(target, 'utf8')).not.toContain(ESC);
    expect(readFileSync(target, 'utf8')).toContain('orphan-duty');
    expect(readdirSync(out)).toEqual(['report.txt']);
  });

  it('never writes over a linted file or the config, through a link too, and writes no report then', async () => {
    const dir = catalogue({ ...WARN_ONLY, 'duty-lint.config.yaml': 'rules:\n  unfunded-duty: off\n' });
    const before = readFileSync(join(dir, 'edu.yaml'), 'utf8');
    const out = tempDir();
    expectUsageError(await runCliAsync([dir, '-o', join(dir, 'edu.yaml')]), /Refusing to write a report over .*edu\.yaml: it is one of the files being linted/);
    expectUsageError(await runCliAsync([dir, '-f', `json:${join(out, 'r.json')}`, '-f', `stylish:${join(dir, 'duty-lint.config.yaml')}`]), /it is the config file/);
    symlinkSync(join(dir, 'edu.yaml'), join(out, 'link.yaml'));
    expectUsageError(await runCliAsync([dir, '-f', `json:${join(out, 'link.yaml')}`]), /one of the files being linted/);
    expect(readFileSync(join(dir, 'edu.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(out)).toEqual(['link.yaml']);
  });

  it('2 with a one-line message for a folder that does not exist', async () => {
    const dir = catalogue(CLEAN);
    expectUsageError(await runCliAsync([dir, '-o', join(tempDir(), 'no', 'such', 'dir', 'r.json')]), /Cannot write a report to .*r\.json: the folder .*dir does not exist/);
  });
});

describe.concurrent('several reports in one run (-f FORMAT:FILE)', () => {
  it('prints one and writes the others, each as it would be alone, the lint run once', async () => {
    const dir = catalogue(WARN_ONLY);
    const out = tempDir();
    const [alone, json, both] = await Promise.all([
      runCliAsync([dir]), runCliAsync([dir, '--format', 'json']),
      runCliAsync([dir, '-f', 'stylish', '-f', `json:${join(out, 'r.json')}`, '--stats']),
    ]);
    expect(both.code).toBe(alone.code);
    expect(both.stdout).toBe(alone.stdout);
    expect(readFileSync(join(out, 'r.json'), 'utf8')).toBe(json.stdout);
    expect(both.stderr.match(/^ {2}load /gm)).toHaveLength(1);
  });

  it('writes every report to its file and prints nothing when each has one; -o gives the one without a file its file', async () => {
    const dir = catalogue(WARN_ONLY);
    const out = tempDir();
    const r = await runCliAsync([dir, '-f', `json:${join(out, 'a.json')}`, '-f', 'stylish', '-o', join(out, 'b.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out)).toEqual(['a.json', 'b.txt']);
  });

  it('2 when two reports would go to standard output, or -o has no report to take', async () => {
    const dir = catalogue(WARN_ONLY);
    expectUsageError(await runCliAsync([dir, '-f', 'stylish', '-f', 'json']), /Formats stylish, json would all go to standard output/);
    expectUsageError(await runCliAsync([dir, '-f', `json:${join(tempDir(), 'a.json')}`, '-o', join(tempDir(), 'b')]), /--output-file .* has no report to take/);
  });
});

describe.concurrent('--config', () => {
  it('uses the named config file instead of the catalogue one, with paths still relative to the catalogue', async () => {
    const dir = catalogue({ ...WARN_ONLY, 'duty-lint.config.yaml': 'rules:\n  orphan-duty: off\n' });
    const other = catalogue({ 'conf/other.yaml': 'rules:\n  unfunded-duty: error\n' });
    const own = await runCliAsync([dir, '--format', 'json']);
    expect(own.code).toBe(0);
    expect(json(own).findings).toEqual([]);
    const r = await runCliAsync([dir, '--config', join(other, 'conf', 'other.yaml'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r).findings.map((f) => [f.file, f.rule, f.severity])).toEqual([
      ['edu.yaml', 'orphan-duty', 'warn'], ['edu.yaml', 'unfunded-duty', 'error'],
      ['edu.yaml', 'orphan-duty', 'warn'], ['edu.yaml', 'unfunded-duty', 'error'],
    ]);
  });
});

describe.concurrent('--version and --help', () => {
  it.each([['--version'], ['-v'], ['--lang', 'zh', '--version']])('%s prints the package.json version', async (...args) => {
    const r = await runCliAsync(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
    expect(r.stderr).toBe('');
  });

  it('--help exits 0 and mentions graph and rules', async () => {
    const r = await runCliAsync(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\bgraph\b/);
    expect(r.stdout).toMatch(/\brules\b/);
    expect(r.stdout).toContain('--max-warnings');
    expect(r.stderr).toBe('');
  });
});

describe.concurrent('duty-lint rules', () => {
  it('lists all 13 rule ids with their default severities', async () => {
    const r = await runCliAsync(['rules']);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^│ [a-z]/.test(l)).map((l) => l.split('│').slice(1, 3).map((c) => c.trim()));
    expect(rows[0]).toEqual(['rule', 'default']);
    expect(rows.slice(1)).toEqual(RULES);
  });

  it('--format json: id, default severity and description of each', async () => {
    const r = await runCliAsync(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as Array<{ id: string; defaultSeverity: string; description: string }>;
    expect(rules.map((x) => [x.id, x.defaultSeverity])).toEqual(RULES);
    for (const x of rules) expect(x.description.length).toBeGreaterThan(10);
  });
});

describe.concurrent('duty-lint graph', () => {
  let first: CliRun;
  let graph: GraphJson;
  beforeAll(async () => {
    first = await runCliAsync(['graph', EXAMPLE, '--format', 'json']);
    graph = JSON.parse(first.stdout) as GraphJson;
  });

  /** The explicit `mandate` lists of the example's duties, read straight from the YAML. */
  function explicitMandates(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const d of graph.departments) {
      const docs = yaml.loadAll(readFileSync(join(EXAMPLE, d.file), 'utf8'), undefined, { schema: yaml.CORE_SCHEMA }) as Array<{ id: string; duties?: Array<{ id: string; mandate?: string[] }> }>;
      const doc = docs.find((x) => x.id === d.id)!;
      for (const duty of doc.duties ?? []) out.set(`${d.id}/${duty.id}`, duty.mandate ?? []);
    }
    return out;
  }

  it('has the FORMAT.md shape', async () => {
    expect(first.code).toBe(0);
    expect(graph.version).toBe(1);
    expect(graph.departments).toHaveLength(18);
    for (const d of graph.departments) {
      expect(d).toMatchObject({ id: expect.any(String), name: expect.any(String), jurisdiction: expect.any(String), file: expect.any(String) });
      expect(Array.isArray(d.counterparts)).toBe(true);
      expect(d.file).toMatch(/^zj\/[a-z/-]+\.yaml$/);
      for (const duty of d.duties) {
        expect(duty.ref.startsWith(`${d.id}/`)).toBe(true);
        expect(duty).toMatchObject({ title: expect.any(String), role: expect.stringMatching(/^(main|lead|support)$/), status: expect.any(String) });
        expect(Array.isArray(duty.mandate)).toBe(true);
      }
    }
    expect(graph.departments.find((d) => d.id === 'zj.rz.amr')).toMatchObject({
      name: '润州区市场监督管理局', jurisdiction: 'zj.rz', counterparts: ['zj.amr', 'zj.quality-supervision'], file: 'zj/rz/amr.yaml',
    });
  });

  it('explicit mandates are inferred: false with no score; duties without them get inferred edges with a score', async () => {
    const explicit = explicitMandates();
    let inferredEdges = 0;
    for (const d of graph.departments) {
      for (const duty of d.duties) {
        const declared = explicit.get(duty.ref);
        expect(declared, duty.ref).toBeDefined();
        if (declared!.length > 0) {
          expect(duty.mandate, duty.ref).toEqual(declared!.map((ref) => ({ ref, inferred: false })));
        } else {
          for (const m of duty.mandate) {
            expect(m.inferred, duty.ref).toBe(true);
            expect(m.score, duty.ref).toEqual(expect.any(Number));
            expect(m.score! > 0 && m.score! <= 1).toBe(true);
            inferredEdges++;
          }
        }
      }
    }
    expect(inferredEdges).toBeGreaterThan(10);
    const health = graph.departments.find((d) => d.id === 'zj.rz.health')!.duties.find((u) => u.ref === 'zj.rz.health/food-risk-monitoring')!;
    expect(health.mandate[0]).toMatchObject({ ref: 'zj.health/food-risk-monitoring', inferred: true, score: expect.any(Number) });
  });

  it('city duties (the top of the tree) have no mandate', async () => {
    for (const d of graph.departments.filter((x) => x.jurisdiction === 'zj')) {
      for (const duty of d.duties) expect(duty.mandate, duty.ref).toEqual([]);
    }
  });

  it('lists the divisions with their parties', async () => {
    expect([...graph.divisions].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([
      expect.objectContaining({ id: 'rz-agri-vs-amr-edible-farm-products', jurisdiction: 'zj.rz', parties: ['zj.rz.agri', 'zj.rz.amr'] }),
      expect.objectContaining({ id: 'rz-emergency-vs-health-public-health-events', jurisdiction: 'zj.rz', parties: ['zj.rz.emergency', 'zj.rz.health'] }),
      expect.objectContaining({ id: 'zj-agri-vs-amr-edible-farm-products', jurisdiction: 'zj', parties: ['zj.agri', 'zj.amr'] }),
    ]);
  });

  it('is byte-identical across runs, with options before or after the path', async () => {
    expect((await runCliAsync(['graph', '--format', 'json', EXAMPLE])).stdout).toBe(first.stdout);
  });
});
