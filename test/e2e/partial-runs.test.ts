import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { EXAMPLE, expectUsageError, runCliAsync, temporaryFolders, type CliRun } from '../helpers.js';

/**
 * Partial runs inside a catalogue (pre-commit, lint-staged, changed files in CI), discovery as
 * users expect it (.gitignore, ignore:, globs, YAML that is no duty file), references to a
 * catalogue kept elsewhere: each on a real git repository, with the built CLI.
 */
const { empty } = temporaryFolders();

interface Report { summary: Record<string, number>; findings: Finding[] }
const report = (r: CliRun): Report => JSON.parse(r.stdout) as Report;
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The example catalogue as a git repository with one commit. */
function exampleRepo(): string {
  const dir = empty();
  cpSync(EXAMPLE, dir, { recursive: true });
  git(dir, 'init', '-q');
  git(dir, '-c', 'user.email=t@example.org', '-c', 'user.name=t', 'add', '.');
  git(dir, '-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'catalogue');
  return dir;
}

/** The whole run's findings that are on, or name a duty of, one of `files`. */
const touching = (whole: Report, files: string[]) => whole.findings.filter((f) => files.includes(f.file) || (f.related ?? []).some((r) => files.includes(r.file)));

const lint = (cwd: string, ...args: string[]) => runCliAsync([...args, '--format', 'json'], { cwd });

describe.concurrent('a partial run inside a catalogue', () => {
  it.for([
    ['one file', ['zj/rz/amr.yaml'], ['zj/rz/amr.yaml']],
    ['a folder', ['zj/rz'], ['zj/rz/agri.yaml', 'zj/rz/amr.yaml', 'zj/rz/divisions.yaml', 'zj/rz/draft-sports.yaml', 'zj/rz/edu.yaml', 'zj/rz/emergency.yaml',
      'zj/rz/env.yaml', 'zj/rz/finance.yaml', 'zj/rz/health.yaml', 'zj/rz/housing.yaml', 'zj/rz/hrss.yaml']],
    ['two files of two governments', ['zj/env.yaml', 'zj/rz/edu.yaml'], ['zj/env.yaml', 'zj/rz/edu.yaml']],
    ['a quoted glob', ['zj/**/amr.yaml'], ['zj/amr.yaml', 'zj/rz/amr.yaml']],
  ] as const)('%s: exactly the whole run\'s findings that touch the files, and its exit code', async ([, paths, files], { expect }) => {
    const dir = exampleRepo();
    const [whole, part] = await Promise.all([lint(dir, '.'), lint(dir, ...paths)]);
    expect(part.stderr).toBe('');
    const expected = touching(report(whole), [...files]);
    expect(report(part).findings).toEqual(expected);
    expect(report(part).summary.files).toBe(files.length);
    expect(part.code).toBe(expected.some((f) => f.severity === 'error') ? 1 : 0);
  });

  it('gives a file alone no false dangling-reference, as linting it outside its catalogue does', async () => {
    const dir = exampleRepo();
    const alone = empty();
    cpSync(join(dir, 'zj', 'rz', 'edu.yaml'), join(alone, 'edu.yaml'));
    const [inside, outside] = await Promise.all([lint(dir, 'zj/rz/edu.yaml'), lint(alone, 'edu.yaml')]);
    expect(report(outside).findings.map((f) => f.rule)).toContain('dangling-reference');
    expect(report(inside).findings.map((f) => f.rule)).not.toContain('dangling-reference');
  });

  it('--changed-since: the findings touching what changed since a revision, committed, staged, unstaged or new', async () => {
    const dir = exampleRepo();
    const env = join(dir, 'zj', 'rz', 'env.yaml');
    writeFileSync(env, readFileSync(env, 'utf8') + '\n');
    expect(report(await lint(dir, '.', '--changed-since', 'HEAD')).findings).toEqual(touching(report(await lint(dir, '.')), ['zj/rz/env.yaml']));
    // An untracked department that duplicates a duty of another: reported, with the one it duplicates.
    writeFileSync(join(dir, 'zj', 'rz', 'new.yaml'), readFileSync(join(dir, 'zj', 'rz', 'health.yaml'), 'utf8').replace('id: zj.rz.health', 'id: zj.rz.new'));
    const changed = report(await lint(dir, '.', '--changed-since', 'HEAD'));
    expect(touching(changed, ['zj/rz/new.yaml']).length).toBeGreaterThan(0);
    expect(changed.findings.every((f) => ['zj/rz/env.yaml', 'zj/rz/new.yaml'].some((x) => f.file === x || (f.related ?? []).some((r) => r.file === x)))).toBe(true);
    expect(report(await lint(dir, '.', '--changed-since', 'HEAD')).summary.files).toBe(2);
  });

  it('--changed-since: 2 with one line for a revision that does not exist, or outside a git work tree', async () => {
    expectUsageError(await lint(exampleRepo(), '.', '--changed-since', 'no-such-rev'), /--changed-since no-such-rev: no such git revision/);
    const plain = empty();
    cpSync(EXAMPLE, plain, { recursive: true });
    expectUsageError(await lint(plain, '.', '--changed-since', 'HEAD'), /needs a git work tree/);
  });

  it('without a config, the paths are the catalogue', async () => {
    const dir = empty();
    cpSync(EXAMPLE, dir, { recursive: true });
    renameSync(join(dir, 'duty-lint.config.yaml'), join(dir, 'config.bak'));
    const r = report(await lint(dir, 'zj/rz/edu.yaml'));
    expect(r.summary.files).toBe(1);
    expect(r.findings.map((f) => f.rule)).toContain('dangling-reference');
  });
});

describe.concurrent('discovery', () => {
  it('leaves out what .gitignore ignores inside a git work tree, and lints it outside one', async () => {
    const dir = exampleRepo();
    mkdirSync(join(dir, 'old'));
    cpSync(join(dir, 'zj', 'amr.yaml'), join(dir, 'old', 'amr.yaml'));
    writeFileSync(join(dir, '.gitignore'), 'old/\n');
    const inRepo = report(await lint(dir, '.'));
    const duplicatesOld = (r: Report) => r.findings.some((f) => f.rule === 'duplicate-id' && f.message.includes('old/amr.yaml'));
    expect(duplicatesOld(inRepo)).toBe(false);
    expect(inRepo.findings).toEqual(report(await lint(exampleRepo(), '.')).findings);
    const plain = empty();
    cpSync(dir, plain, { recursive: true, filter: (src) => !src.includes('.git/') && !src.endsWith('.git') });
    expect(duplicatesOld(report(await lint(plain, '.')))).toBe(true);
  });

  it('leaves out the config\'s ignore: globs', async () => {
    const dir = exampleRepo();
    writeFileSync(join(dir, 'duty-lint.config.yaml'), 'rules:\n  unfunded-duty: info\nignore:\n  - "zj/rz/draft-*.yaml"\n');
    const r = report(await lint(dir, '.'));
    expect(r.findings.some((f) => f.file === 'zj/rz/draft-sports.yaml')).toBe(false);
    expect(r.summary.files).toBe(20);
  });

  it('skips YAML that declares no department or division (said of a file named, as a pre-commit hook names staged files), and lints it when the config includes it', async () => {
    const dir = exampleRepo();
    writeFileSync(join(dir, 'docker-compose.yaml'), 'services:\n  web:\n    image: nginx\n');
    const [scan, stats, named] = await Promise.all([lint(dir, '.'), runCliAsync(['.', '--stats'], { cwd: dir }), lint(dir, 'docker-compose.yaml', 'zj/rz/amr.yaml')]);
    expect(report(scan).findings).toEqual(report(await lint(exampleRepo(), '.')).findings);
    expect(scan.stderr).toBe('');
    expect(stats.stderr).toContain('Skipped 1 YAML file that declare');
    expect(named.stderr).toBe('duty-lint: docker-compose.yaml skipped: it declares no department or division (list it in the config\'s include to lint it anyway)\n');
    expect(report(named).findings.filter((f) => f.file === 'docker-compose.yaml')).toEqual([]);
    expect(report(named).summary.files).toBe(1);
    // A mistyped kind is a duty file with a mistake, not something else.
    writeFileSync(join(dir, 'typo.yaml'), 'kind: departmnet\nid: zj.typo\n');
    expect(report(await lint(dir, 'typo.yaml')).findings.map((f) => f.rule)).toEqual(['schema']);
    writeFileSync(join(dir, 'duty-lint.config.yaml'), 'include: ["**/*.yaml"]\n');
    expect(report(await lint(dir, '.')).findings.some((f) => f.file === 'docker-compose.yaml')).toBe(true);
  });
});

describe.concurrent('references: a catalogue read, never reported on', () => {
  it('resolves a county\'s counterparts and mandates in the province\'s catalogue kept beside it', async () => {
    const base = empty();
    const city = join(base, 'city');
    const district = join(base, 'district');
    cpSync(join(EXAMPLE, 'zj'), city, { recursive: true, filter: (src) => !src.includes('/rz') });
    cpSync(join(EXAMPLE, 'zj', 'rz'), join(district, 'rz'), { recursive: true });
    const alone = report(await lint(district, '.'));
    expect(alone.findings.filter((f) => f.rule === 'dangling-reference').length).toBeGreaterThan(1);
    writeFileSync(join(district, 'duty-lint.config.yaml'), 'references: [../city]\nrules:\n  unfunded-duty: info\n');
    const [withCity, whole] = await Promise.all([lint(district, '.'), lint(EXAMPLE, '.')]);
    expect(report(withCity).summary.files).toBe(11);
    const own = report(withCity).findings;
    // Nothing on the city's files, and what the district's files get is what the whole catalogue gives them.
    expect(own.every((f) => f.file.startsWith('rz/'))).toBe(true);
    const wholeDistrict = report(whole).findings.filter((f) => f.file.startsWith('zj/rz/'));
    expect(own.map((f) => [f.rule, f.file.replace(/^rz\//, 'zj/rz/'), f.line, f.message.replace(/(?<!zj\/)rz\//g, 'zj/rz/')]))
      .toEqual(wholeDistrict.map((f) => [f.rule, f.file, f.line, f.message]));
  });

  it('2 with one line when a reference folder does not exist', async () => {
    const dir = empty();
    cpSync(join(EXAMPLE, 'zj', 'rz'), dir, { recursive: true });
    writeFileSync(join(dir, 'duty-lint.config.yaml'), 'references: [../nowhere]\n');
    expectUsageError(await lint(dir, '.'), /No such folder: .*nowhere \(references: in/);
  });
});
