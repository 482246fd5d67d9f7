import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canDropPrivileges, expectNoStackTrace, expectUsageError, runCliAsync, unlock, type CliRun } from '../helpers.js';

/**
 * What a folder scan meets besides duty files (unreadable folders, links, devices, pipes, huge
 * files), what a config may name, and where a report may go: a finding or a one-line message
 * for each, never a crash, a hang or a silent loss, and the rest still linted.
 */

const dept = (id: string, jurisdiction: string, title: string, extra = '') =>
  `kind: department\nid: ${id}\nname: 部门${id}\njurisdiction: ${jurisdiction}\n${extra}duties:\n  - id: d1\n    title: ${title}\n`;

// Each test runs the CLI several times; on a busy machine (the whole suite, 2 cores) that takes a while.
const SLOW = { timeout: 240_000 };

const made: string[] = [];
afterAll(() => {
  for (const dir of made) {
    // chmod 000 folders inside would stop rmSync.
    unlock(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A catalogue in /tmp that an unprivileged user can read: mkdtemp makes folders only their owner can enter. */
function catalogue(files: Record<string, string>): string {
  const dir = mkdtempSync('/tmp/duty-lint-hostile-');
  made.push(dir);
  chmodSync(dir, 0o755);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true, mode: 0o755 });
    writeFileSync(join(dir, name), content, { mode: 0o644 });
  }
  return dir;
}

// As root, chmod 000 stops no read: the CLI then runs as nobody to see what a user sees.
const permissionsApply = process.getuid?.() !== 0 || canDropPrivileges();
if (!permissionsApply) console.warn('hostile-paths: running as root without the right to switch user: the permission tests are skipped');

/** Runs the built CLI, as an unprivileged user when this process is root. */
function run(args: string[], cwd: string, timeoutMs = 180_000): Promise<CliRun> {
  return runCliAsync(args, { cwd, env: { CI: '1' }, unprivileged: true, timeoutMs });
}

interface Report {
  summary: { files: number; departments: number };
  findings: Array<{ rule: string; file: string; line: number; column: number; message: string }>;
}
const report = (r: CliRun) => JSON.parse(r.stdout) as Report;
const byFile = (r: CliRun) => Object.fromEntries(report(r).findings.filter((f) => f.rule === 'yaml-syntax').map((f) => [f.file, f.message]));

describe.concurrent('an unreadable folder', SLOW, () => {
  it.runIf(permissionsApply)('is a finding at its path, and the rest of the catalogue is linted', async () => {
    const dir = catalogue({
      'zj/amr.yaml': dept('zj.amr', 'zj', '负责全市市场监督管理'),
      'zj/secret/hidden.yaml': dept('zj.hidden', 'zj', '负责全市某项事务'),
      'zj/rz/amr.yaml': dept('zj.rz.amr', 'zj.rz', '负责全区市场监督管理', 'counterparts: [zj.amr]\n'),
    });
    chmodSync(join(dir, 'zj', 'secret'), 0o000);
    const r = await run(['.', '--format', 'json', '--stats'], dir);
    expectNoStackTrace(r);
    expect(r.code).toBe(1);
    expect(byFile(r)).toEqual({ 'zj/secret': expect.stringMatching(/^Permission denied: this folder cannot be read, so the duty files in it are not linted/) });
    expect(report(r).findings.find((f) => f.file === 'zj/secret')).toMatchObject({ line: 1, column: 1 });
    expect(report(r).summary).toMatchObject({ files: 2, departments: 2 });
    expect(r.stderr).toContain('Could not lint 1 path');
  });

  it.runIf(permissionsApply)('named on the command line, says "Permission denied", as does a file in it', async () => {
    const dir = catalogue({ 'zj/secret/hidden.yaml': dept('zj.hidden', 'zj', '负责全市某项事务') });
    chmodSync(join(dir, 'zj', 'secret'), 0o000);
    expectUsageError(await run(['zj/secret'], dir), /^duty-lint: Permission denied: zj\/secret$/m);
    expectUsageError(await run(['zj/secret/hidden.yaml'], dir), /^duty-lint: Permission denied: zj\/secret\/hidden\.yaml$/m);
  });
});

describe.concurrent('paths named on the command line', SLOW, () => {
  it('a broken link, a link loop and a missing path each say what they are', async () => {
    const dir = catalogue({});
    symlinkSync('nowhere.yaml', join(dir, 'broken.yaml'));
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    expectUsageError(await run(['broken.yaml'], dir), /Broken link: broken\.yaml points to nowhere\.yaml, which does not exist/);
    expectUsageError(await run(['loop.yaml'], dir), /Link loop: loop\.yaml/);
    expectUsageError(await run(['missing.yaml'], dir), /No such file or folder: missing\.yaml/);
  });

  it('a device or a named pipe is refused at once, never read (/dev/zero would fill memory, a pipe block)', async () => {
    const dir = catalogue({});
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expectUsageError(await run(['/dev/zero'], dir, 60_000), /Not a regular file or folder: \/dev\/zero/);
    expectUsageError(await run(['pipe.yaml'], dir, 60_000), /Not a regular file or folder: pipe\.yaml/);
  });
});

describe.concurrent('devices, pipes and large files in a folder', SLOW, () => {
  it('a named pipe is a finding and does not hang the run; a link to a device leads outside and is not followed', async () => {
    const dir = catalogue({ 'zj/amr.yaml': dept('zj.amr', 'zj', '负责全市市场监督管理') });
    execFileSync('mkfifo', [join(dir, 'zj', 'pipe.yaml')]);
    symlinkSync('/dev/zero', join(dir, 'zj', 'zero.yaml'));
    const r = await run(['.', '--format', 'json'], dir, 60_000);
    expectNoStackTrace(r);
    expect(byFile(r)).toEqual({
      'zj/pipe.yaml': 'This is not a regular file (a device, pipe or socket): it is not read',
      'zj/zero.yaml': 'This link points outside the catalogue (/dev/zero): not followed, so nothing there is linted',
    });
    expect(report(r).summary.departments).toBe(1);
  });

  it('a file over the limit (10 MB by default) is a finding at line 1 with its size, is not parsed, and the rest is linted', async () => {
    const big = `${dept('zj.big', 'zj', '负责全市某项事务')}${'# padding\n'.repeat(1.1 * 1024 * 1024)}`;
    const dir = catalogue({ 'zj/amr.yaml': dept('zj.amr', 'zj', '负责全市市场监督管理'), 'zj/big.yaml': big });
    const r = await run(['.', '--format', 'json'], dir);
    expect(report(r).findings.filter((f) => f.file === 'zj/big.yaml')).toEqual([expect.objectContaining({
      rule: 'yaml-syntax', line: 1, column: 1,
      message: `This file is 11 MB (${Buffer.byteLength(big)} bytes), over the limit of 10 MB (10485760 bytes): it is not read (max_file_size in the config, or --max-file-size, raises the limit)`,
    })]);
    expect(report(r).summary.departments).toBe(1);
    // The cache refuses it the same way, cold and warm.
    expect((await run(['.', '--format', 'json', '--cache'], dir)).stdout).toBe(r.stdout);
    expect((await run(['.', '--format', 'json', '--cache'], dir)).stdout).toBe(r.stdout);

    // Raised on the command line, it is read; lowered in the config, the small file is refused too.
    const raised = await run(['.', '--format', 'json', '--max-file-size', '20MB'], dir);
    expect(report(raised).findings.filter((f) => f.rule === 'yaml-syntax')).toEqual([]);
    expect(report(raised).summary.departments).toBe(2);
    writeFileSync(join(dir, 'duty-lint.config.yaml'), 'max_file_size: 100\n');
    expect(Object.keys(byFile(await run(['.', '--format', 'json'], dir)))).toEqual(['zj/amr.yaml', 'zj/big.yaml']);
  });

  it('a size that is none is a usage or config error', async () => {
    const dir = catalogue({ 'zj/amr.yaml': dept('zj.amr', 'zj', '负责全市市场监督管理') });
    expectUsageError(await run(['.', '--max-file-size', '10XB'], dir), /Invalid --max-file-size "10XB": expected bytes, or a number with KB, MB or GB/);
    writeFileSync(join(dir, 'duty-lint.config.yaml'), 'lang: en\nmax_file_size: lots\n');
    expectUsageError(await run(['.'], dir), /duty-lint\.config\.yaml:2:16: max_file_size "lots" is not a size/);
  });
});

describe.concurrent('symbolic links in a folder scan', SLOW, () => {
  it('are followed inside the catalogue, a file reached twice is linted once, and --stats counts them', async () => {
    const dir = catalogue({
      'duty-lint.config.yaml': 'exclude: ["lib/**"]\n',
      'lib/edu.yaml': dept('zj.edu', 'zj', '负责全市教育工作'),
      'shared/health.yaml': dept('zj.health', 'zj', '负责全市卫生健康工作'),
      'zj/amr.yaml': dept('zj.amr', 'zj', '负责全市市场监督管理'),
    });
    symlinkSync('../lib', join(dir, 'zj', 'lib'));
    symlinkSync('../shared', join(dir, 'zj', 'shared'));
    symlinkSync('../shared/health.yaml', join(dir, 'zj', 'health.yaml'));
    const r = await run(['.', '--format', 'json', '--stats'], dir);
    expectNoStackTrace(r);
    expect(r.code).toBe(0);
    // lib/ is excluded, but the link to it is followed; shared/health.yaml is one file, whichever way it is reached.
    expect(report(r).findings).toEqual([]);
    expect(report(r).summary).toMatchObject({ files: 3, departments: 3 });
    expect(r.stderr).toMatch(/Followed 3 symbolic links inside the catalogue; 2 files reached through a link as well as directly linted once/);
  });

  it('that leave the catalogue, loop or are broken are findings at the link, never followed', async () => {
    const outside = catalogue({ 'elsewhere.yaml': dept('zj.out', 'zj', '负责全市外部事务') });
    const dir = catalogue({ 'zj/amr.yaml': dept('zj.amr', 'zj', '负责全市市场监督管理') });
    symlinkSync(outside, join(dir, 'zj', 'out'));
    symlinkSync(join(outside, 'elsewhere.yaml'), join(dir, 'zj', 'out.yaml'));
    symlinkSync('..', join(dir, 'zj', 'up'));
    symlinkSync('../renamed', join(dir, 'zj', 'rz'));
    symlinkSync('nowhere.yaml', join(dir, 'zj', 'gone.yaml'));
    symlinkSync('nowhere.txt', join(dir, 'zj', '.hidden'));
    const started = Date.now();
    const r = await run(['.', '--format', 'json', '--stats'], dir);
    expect(Date.now() - started).toBeLessThan(30_000);
    expectNoStackTrace(r);
    expect(r.code).toBe(1);
    expect(byFile(r)).toEqual({
      'zj/gone.yaml': 'Broken link: it points to nowhere.yaml, which does not exist',
      'zj/out': `This link points outside the catalogue (${outside}): not followed, so nothing there is linted`,
      'zj/out.yaml': `This link points outside the catalogue (${join(outside, 'elsewhere.yaml')}): not followed, so nothing there is linted`,
      'zj/rz': 'Broken link: it points to ../renamed, which does not exist',
      'zj/up': 'This link leads back into a folder it is in (..): not followed',
    });
    expect(report(r).summary.departments).toBe(1);
    expect(r.stderr).toContain('Could not lint 5 paths');
    // Excluded, it is not reported.
    // A folder is excluded with /** (which also stops the scan entering it).
    writeFileSync(join(dir, 'duty-lint.config.yaml'), 'exclude: ["zj/out/**", "zj/out.yaml", "zj/up/**", "zj/rz", "zj/gone.yaml"]\n');
    expect(byFile(await run(['.', '--format', 'json'], dir))).toEqual({});
  });

  it('inside a git work tree, a linked folder git sees is linted (git lists the link, not the files under it); what git ignores is not reported', async () => {
    const dir = catalogue({
      '.gitignore': 'build/\n',
      'duty-lint.config.yaml': 'exclude: ["lib/**"]\n',
      'lib/edu.yaml': dept('zj.edu', 'zj', '负责全市教育工作'),
      'zj/amr.yaml': dept('zj.amr', 'zj', '负责全市市场监督管理'),
      'build/keep.txt': '',
    });
    symlinkSync('../lib', join(dir, 'zj', 'lib'));
    symlinkSync('nowhere.yaml', join(dir, 'build', 'gone.yaml'));
    execFileSync('git', ['init', '-q', dir]);
    // As the owner of the work tree: git refuses to answer another user about it.
    const r = await runCliAsync(['.', '--format', 'json'], { cwd: dir });
    expect(report(r).summary).toMatchObject({ files: 2, departments: 2 });
    expect(byFile(r)).toEqual({});
  });
});

describe.concurrent('the config cannot reach outside the catalogue', SLOW, () => {
  it('an absolute or climbing include, exclude or ignore glob is a config error at its line, unless --allow-outside-root', async () => {
    const dir = catalogue({ 'zj/amr.yaml': dept('zj.amr', 'zj', '负责全市市场监督管理') });
    const config = (text: string) => writeFileSync(join(dir, 'duty-lint.config.yaml'), text);
    config('lang: en\ninclude: ["**/*.yaml", "/etc/host*"]\n');
    expectUsageError(await run(['.'], dir), /duty-lint\.config\.yaml:2:24: include pattern "\/etc\/host\*" reaches outside the catalogue root/);
    config('ignore:\n  - "{drafts,../other}/**"\n');
    expectUsageError(await run(['.'], dir), /duty-lint\.config\.yaml:2:5: ignore pattern .* reaches outside the catalogue root/);
    config('exclude: ["zj/../../x/**"]\n');
    expectUsageError(await run(['.'], dir), /exclude pattern "zj\/\.\.\/\.\.\/x\/\*\*" reaches outside/);
    const allowed = await run(['.', '--allow-outside-root'], dir);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/No problems found in 1 file/);
  });

  it('with --allow-outside-root, what the globs and links reach outside is linted, by its path from the root', async () => {
    const outside = catalogue({ 'x/other.yaml': dept('zj.other', 'zj', '负责全市外部事务'), 'linked.yaml': dept('zj.linked', 'zj', '负责全市另一事务') });
    const dir = catalogue({ 'zj/amr.yaml': dept('zj.amr', 'zj', '负责全市市场监督管理') });
    symlinkSync(join(outside, 'linked.yaml'), join(dir, 'zj', 'linked.yaml'));
    writeFileSync(join(dir, 'duty-lint.config.yaml'), `include: ["zj/*.yaml", "${outside}/x/*.yaml"]\n`);
    const refused = await run(['.', '--format', 'json'], dir);
    expect(refused.code).toBe(2);
    const allowed = await run(['.', '--format', 'json', '--allow-outside-root'], dir);
    expect(allowed.code).toBe(0);
    expect(report(allowed).summary).toMatchObject({ files: 3, departments: 3 });
    // A config under another name is no duty file either.
    writeFileSync(join(dir, 'ci.config.yaml'), 'include: ["**/*.yaml"]\n');
    const named = await run(['.', '--format', 'json', '-c', 'ci.config.yaml'], dir);
    expect(report(named).findings.map((f) => f.file)).toEqual(['zj/linked.yaml']);
    expect(report(named).summary).toMatchObject({ files: 1, departments: 1 });
  });

  it('a glob that starts behind a link out of the catalogue reads nothing there', async () => {
    const outside = catalogue({ 'x.yaml': dept('zj.out', 'zj', '负责全市外部事务') });
    const dir = catalogue({ 'zj/amr.yaml': dept('zj.amr', 'zj', '负责全市市场监督管理') });
    symlinkSync(outside, join(dir, 'link'));
    for (const include of ['link/**/*.yaml', 'link/x.yaml']) {
      writeFileSync(join(dir, 'duty-lint.config.yaml'), `include: ["zj/*.yaml", "${include}"]\n`);
      const r = await run(['.', '--format', 'json'], dir);
      expect(report(r).summary.departments, include).toBe(1);
      expect(Object.values(byFile(r)), include).toEqual([expect.stringMatching(/^This link points outside the catalogue/)]);
    }
  });

  it('references: still reads another catalogue beside this one', async () => {
    const province = catalogue({ 'js/amr.yaml': dept('js.amr', 'js', '负责全省市场监督管理') });
    const dir = catalogue({
      'duty-lint.config.yaml': `references: ["${province}"]\n`,
      'zj/amr.yaml': dept('zj.amr', 'zj', '负责全市市场监督管理', 'counterparts: [js.amr]\n'),
    });
    const r = await run(['.', '--format', 'json'], dir);
    expect(report(r).findings.filter((f) => f.rule === 'dangling-reference')).toEqual([]);
  });
});

describe.concurrent('report paths are checked before the lint', SLOW, () => {
  it('a folder, a missing folder or one without permission: one line, before any file is read', async () => {
    const dir = catalogue({ 'zj/amr.yaml': dept('zj.amr', 'zj', '负责全市市场监督管理') });
    mkdirSync(join(dir, 'out'), { mode: 0o755 });
    expectUsageError(await run(['.', '-o', 'out'], dir), /^duty-lint: Cannot write a report to out: it is a folder$/m);
    expectUsageError(await run(['.', '-f', 'stylish', '-f', 'csv:out'], dir), /Cannot write a report to out: it is a folder/);
    expectUsageError(await run(['.', '-f', 'markdown:missing/report.md'], dir), /Cannot write a report to missing\/report\.md: the folder missing does not exist/);
    expectUsageError(await run(['graph', '.', '-o', 'out'], dir), /Cannot write a report to out: it is a folder/);
    // Checked first: a catalogue path that does not exist is not even looked at.
    expectUsageError(await run(['no-such-catalogue', '-o', 'out'], dir), /it is a folder/);
  });

  it.runIf(permissionsApply)('a folder the user cannot write in says "permission denied"', async () => {
    const dir = catalogue({ 'zj/amr.yaml': dept('zj.amr', 'zj', '负责全市市场监督管理') });
    mkdirSync(join(dir, 'locked'), { mode: 0o555 });
    chmodSync(join(dir, 'locked'), 0o555);
    expectUsageError(await run(['.', '-o', 'locked/report.txt'], dir), /Cannot write a report to locked\/report\.txt: permission denied/);
  });
});
