import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { EXAMPLE, expectUsageError, runCliAsync, temporaryFolders, type CliRun } from '../helpers.js';

/**
 * `duty-lint baseline` and a lint run against its file, on real git repositories with the
 * built CLI (`npm run build` first).
 */
const { catalogue, empty } = temporaryFolders();

interface Report { summary: Record<string, number>; findings: Finding[] }
interface BaselineFile { version: number; findings: Array<{ fingerprint: string; rule: string; file: string; duty?: string; related?: string[] }> }

const report = (r: CliRun): Report => JSON.parse(r.stdout) as Report;
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { encoding: 'utf8' });
const run = (cwd: string, ...args: string[]) => runCliAsync(args, { cwd });
const baselineOf = (dir: string, file = 'duty-lint-baseline.json') => JSON.parse(readFileSync(join(dir, file), 'utf8')) as BaselineFile;

/** A repository with these files, committed. */
function repo(files: Record<string, string>): string {
  const dir = catalogue(files);
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'catalogue');
  return dir;
}

const department = (id: string, name: string, duties: string[]) =>
  ['kind: department', `id: ${id}`, `name: ${name}`, 'jurisdiction: hx', 'level: municipal', 'duties:', ...duties, ''].join('\n');

/**
 * Two old problems: an overlap (an error here, so that a new one fails the run) between
 * natres/sand and water/sand-mining, and a dangling lead in edu.yaml.
 */
const CATALOGUE = {
  'duty-lint.config.yaml': 'rules:\n  overlap: error\n',
  'hx/water.yaml': department('hx.water', '和县市水利局', [
    '  - id: flood-control', '    title: 负责全市水旱灾害防御工作，组织编制洪水干旱防治规划',
    '  - id: sand-mining', '    title: 负责全市河道采砂的统一监督管理',
    '  - id: soil', '    title: 负责全市水土保持工作',
  ]),
  'hx/natres.yaml': department('hx.natres', '和县市自然资源和规划局', [
    '  - id: survey', '    title: 负责全市自然资源调查监测评价',
    '  - id: sand', '    title: 负责全市河道采砂监督管理，查处非法采砂行为',
  ]),
  'hx/edu.yaml': department('hx.edu', '和县市教育局', [
    '  - id: campus-safety', '    title: 负责全市中小学幼儿园校园安全管理',
    '  - id: flood-drills', '    title: 配合开展校园防汛应急演练', '    role: support', '    lead: hx.nowhere',
  ]),
};

/** A new overlap: natres takes up the water bureau's 水土保持. */
const NEW_OVERLAP = '  - id: soil-erosion\n    title: 负责全市水土保持监督管理工作\n';

function edit(dir: string, file: string, change: (text: string) => string): void {
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
}
const addNewOverlap = (dir: string) => edit(dir, 'hx/natres.yaml', (t) => t + NEW_OVERLAP);
const fixOldOverlap = (dir: string) => edit(dir, 'hx/natres.yaml', (t) => t.replace('  - id: sand\n    title: 负责全市河道采砂监督管理，查处非法采砂行为\n', ''));

describe.concurrent('a baseline', () => {
  it('lets the old problems pass, fails on a new one, reports a fixed one as stale, and --prune removes it', async () => {
    const dir = repo(CATALOGUE);
    const before = await run(dir, '-f', 'json');
    expect(before.code).toBe(1);
    const old = report(before).findings;
    expect(old.map((f) => [f.rule, f.file])).toEqual([['dangling-reference', 'hx/edu.yaml'], ['overlap', 'hx/natres.yaml']]);

    const taken = await run(dir, 'baseline');
    expect(taken.code, taken.stderr).toBe(0);
    expect(taken.stdout).toBe('Wrote duty-lint-baseline.json: 2 finding(s) in the baseline\n');
    expect(baselineOf(dir).findings.map((e) => e.fingerprint).sort()).toEqual(old.map((f) => f.fingerprint).sort());
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'baseline');

    // Old problems: not shown, not failed on, counted in the footer.
    const passing = await run(dir);
    expect(passing.code, passing.stdout).toBe(0);
    expect(passing.stdout).toBe('No problems found in 3 files (7 duties).\n2 findings in the baseline\n');
    expect(report(await run(dir, '-f', 'json'))).toMatchObject({ summary: { errors: 0, warnings: 0, infos: 0 }, findings: [] });

    // A new overlap fails the run, and is the only finding shown.
    addNewOverlap(dir);
    const failing = await run(dir);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/hx\/natres\.yaml\n.*error .*负责全市水土保持工作.* overlap\n/);
    expect(failing.stdout).not.toContain('hx/edu.yaml');
    expect(failing.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos)\n2 findings in the baseline\n');
    const fresh = report(await run(dir, '-f', 'json')).findings;
    expect(fresh.map((f) => [f.rule, f.duty])).toEqual([['overlap', 'hx.natres/soil-erosion']]);
    // In GitHub Actions: one annotation, on the new duty's line, and none for the baseline's findings.
    const annotations = (await run(dir, '-f', 'github')).stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(new RegExp(`^::error file=hx/natres\\.yaml,line=${fresh[0]!.line},col=${fresh[0]!.column},title=duty-lint overlap::`));

    // The old overlap fixed: its entry is stale, an info on the baseline file's line of it.
    fixOldOverlap(dir);
    const stale = report(await run(dir, '-f', 'json')).findings.filter((f) => f.rule === 'stale-baseline');
    const lines = readFileSync(join(dir, 'duty-lint-baseline.json'), 'utf8').split('\n');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ severity: 'info', file: 'duty-lint-baseline.json', column: 5 });
    expect(stale[0]!.message).toBe('The baseline\'s overlap finding on hx.natres/sand no longer occurs: `duty-lint baseline --prune` removes it');
    expect(lines[stale[0]!.line - 1]).toContain('"duty": "hx.natres/sand"');
    expect((await run(dir, '--fail-on', 'info', '-f', 'json')).code).toBe(1);

    // --prune removes the stale entry and adds nothing: the new overlap still fails.
    const pruned = await run(dir, 'baseline', '--prune');
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(pruned.stdout).toBe('Pruned duty-lint-baseline.json: 1 stale entry(ies) removed, 1 left\n');
    expect(baselineOf(dir).findings.map((e) => [e.rule, e.duty])).toEqual([['dangling-reference', 'hx.edu/flood-drills']]);
    const after = await run(dir, '-f', 'json');
    expect(after.code).toBe(1);
    expect(report(after).findings.map((f) => [f.rule, f.duty])).toEqual([['overlap', 'hx.natres/soil-erosion']]);
  });

  it('in a partial run, counts as stale only the entries of the files reported on, and re-baselines only those', async () => {
    const dir = repo(CATALOGUE);
    await run(dir, 'baseline');
    fixOldOverlap(dir);
    const staleIn = async (...paths: string[]) => report(await run(dir, ...paths, '-f', 'json')).findings.filter((f) => f.rule === 'stale-baseline').length;
    expect(await staleIn('hx/edu.yaml')).toBe(0);
    expect(await staleIn('hx/water.yaml')).toBe(0); // the overlap touched water.yaml, but its entry is natres.yaml's
    expect(await staleIn('hx/natres.yaml')).toBe(1);
    expect(await staleIn('.')).toBe(1);

    // Baselining edu.yaml alone keeps natres.yaml's entry, stale or not.
    addNewOverlap(dir);
    expect((await run(dir, 'baseline', 'hx/edu.yaml')).code).toBe(0);
    expect(baselineOf(dir).findings.map((e) => e.duty)).toEqual(['hx.edu/flood-drills', 'hx.natres/sand']);
    expect((await run(dir, 'baseline', 'hx/natres.yaml')).code).toBe(0);
    expect(baselineOf(dir).findings.map((e) => e.duty)).toEqual(['hx.edu/flood-drills', 'hx.natres/soil-erosion']);
    expect((await run(dir)).code).toBe(0);
  });

  it('counts the entries of a file that is gone as stale, in any run', async () => {
    const dir = repo(CATALOGUE);
    await run(dir, 'baseline');
    git(dir, 'rm', '-q', 'hx/edu.yaml');
    const stale = report(await run(dir, 'hx/water.yaml', '-f', 'json')).findings.filter((f) => f.rule === 'stale-baseline');
    expect(stale.map((f) => f.message)).toEqual([expect.stringContaining('dangling-reference finding on hx.edu/flood-drills')]);
  });

  it('--baseline FILE: lint against, and write, a baseline kept elsewhere; --no-baseline ignores it', async () => {
    const dir = repo(CATALOGUE);
    mkdirSync(join(dir, 'ci'));
    const written = await run(dir, 'baseline', '--baseline', 'ci/baseline.json');
    expect(written.stdout).toBe('Wrote ci/baseline.json: 2 finding(s) in the baseline\n');
    expect(existsSync(join(dir, 'duty-lint-baseline.json'))).toBe(false);
    expect((await run(dir)).code).toBe(1); // not at the catalogue root: not applied
    expect(await run(dir, '--baseline', 'ci/baseline.json')).toMatchObject({ code: 0, stdout: expect.stringContaining('2 findings in the baseline') });

    // From another folder, the path is the user's; a stale entry is placed in that file, relative to the catalogue root.
    fixOldOverlap(dir);
    const elsewhere = report(await runCliAsync([dir, '--baseline', join(dir, 'ci', 'baseline.json'), '-f', 'json'], { cwd: empty() }));
    expect(elsewhere.findings.map((f) => [f.rule, f.file])).toEqual([['stale-baseline', 'ci/baseline.json']]);

    renameSync(join(dir, 'ci', 'baseline.json'), join(dir, 'duty-lint-baseline.json'));
    expect((await run(dir, '--no-baseline', '-f', 'json')).code).toBe(1);
    expect(report(await run(dir, '--no-baseline', '-f', 'json')).findings.map((f) => f.rule)).toEqual(['dangling-reference']);
  });

  it('2 with one line for a baseline file that is missing, not JSON, or not a baseline', async () => {
    const dir = repo(CATALOGUE);
    writeFileSync(join(dir, 'bad.json'), '{ "version": 1, "findings": [ { "rule": "overlap" } ] }\n');
    writeFileSync(join(dir, 'broken.json'), '{ "version": 1,');
    expectUsageError(await run(dir, '--baseline', 'missing.json'), /^duty-lint: Baseline file not found: missing\.json\n$/);
    expectUsageError(await run(dir, 'baseline', '--prune'), /Baseline file not found: duty-lint-baseline\.json/);
    expectUsageError(await run(dir, '--baseline', 'bad.json'), /bad\.json is not a duty-lint baseline \(version 1\): findings\[0\] is missing or invalid/);
    expectUsageError(await run(dir, '--baseline', 'broken.json', '--lang', 'zh'), /broken\.json：JSON 语法错误：/);
    expectUsageError(await run(dir, 'baseline', '--baseline', 'hx/edu.yaml'), /hx\/edu\.yaml/);
    expect(readFileSync(join(dir, 'hx', 'edu.yaml'), 'utf8')).toBe(CATALOGUE['hx/edu.yaml']);
  });

  it('is sorted by file, rule and fingerprint, one entry a line, and the same bytes from run to run', async () => {
    const dir = empty();
    cpSync(EXAMPLE, dir, { recursive: true });
    git(dir, 'init', '-q');
    const all = report(await run(dir, '-f', 'json')).findings;
    expect((await run(dir, 'baseline')).code).toBe(0);
    const first = readFileSync(join(dir, 'duty-lint-baseline.json'), 'utf8');
    expect((await run(dir, 'baseline', '--lang', 'zh')).stdout).toBe(`已写入 duty-lint-baseline.json：基线中共 ${all.length} 个问题\n`);
    expect(readFileSync(join(dir, 'duty-lint-baseline.json'), 'utf8')).toBe(first);

    const entries = (JSON.parse(first) as BaselineFile).findings;
    const key = (e: BaselineFile['findings'][number]) => [e.file, e.rule, e.fingerprint];
    const sorted = [...entries].sort((a, b) => (JSON.stringify(key(a)) < JSON.stringify(key(b)) ? -1 : 1));
    expect(entries).toEqual(sorted);
    expect(entries).toHaveLength(all.length);
    const lines = first.split('\n');
    expect(lines.slice(0, 3)).toEqual(['{', '  "version": 1,', '  "findings": [']);
    expect(lines.slice(3, 3 + entries.length).every((l) => /^ {4}\{ "fingerprint": "[0-9a-f]{32}", "rule": "[a-z-]+", "file": ".*\},?$/.test(l))).toBe(true);
    expect(lines.slice(3 + entries.length)).toEqual(['  ]', '}', '']);
    // Humans read the rule, the file, the duty and what is on the other side.
    const overlap = all.find((f) => f.rule === 'overlap' && f.related?.[0]?.duty)!;
    expect(entries).toContainEqual({ fingerprint: overlap.fingerprint, rule: 'overlap', file: overlap.file, duty: overlap.duty, related: overlap.related!.map((r) => r.duty ?? r.division ?? r.department) });

    // Everything in the baseline, infos too: a clean run, whatever --fail-on.
    expect(await run(dir, '--fail-on', 'info')).toMatchObject({ code: 0, stdout: expect.stringContaining(`${all.length} findings in the baseline`) });
    expect((await run(dir, '--lang', 'zh')).stdout).toContain(`另有 ${all.length} 个问题已记入基线`);
  });
});
