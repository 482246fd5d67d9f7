import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatsOf } from '../../src/formats/index.js';
import { expectUsageError, ROOT, runCliAsync, temporaryFolders } from '../helpers.js';

/**
 * `duty-lint init`, and the CI recipes in examples/ci/ and .pre-commit-hooks.yaml: the built
 * CLI (`npm run build` first) on fresh folders and git repositories.
 */
const { empty } = temporaryFolders();

const FILES = ['duty-lint.config.yaml', 'hx/water.yaml', 'hx/ls/water.yaml', '.vscode/settings.json', '.gitignore', '.github/workflows/duty-lint.yml'];
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { encoding: 'utf8' });
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

interface Step { uses?: string; run?: string; if?: string; with?: Record<string, unknown> }
interface Workflow { on: unknown; permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> }

/** The arguments of the `npx duty-lint …` line of a script, checked against the lint command's formats. */
function dutyLintArgs(script: string): string[] {
  const line = /npx duty-lint (.*)$/m.exec(script);
  expect(line, script).not.toBeNull();
  const args = line![1]!.trim().split(/\s+/);
  const names = formatsOf('lint').map((f) => f.name);
  args.forEach((a, i) => {
    if (args[i - 1] === '-f') expect(names, a).toContain(a.split(':')[0]);
    else expect(a).toBe('-f');
  });
  return args;
}

/** The file a `-f FORMAT:FILE` argument writes. */
const fileOf = (args: string[], format: string) => args.find((a) => a.startsWith(`${format}:`))!.slice(format.length + 1);

describe.concurrent('duty-lint init', () => {
  it('scaffolds a catalogue repository that lints clean, saying what it created', async () => {
    const cwd = empty();
    const r = await runCliAsync(['init', 'catalogue'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe([...FILES.map((f) => `created  catalogue/${f}`), '', 'Next: npm install --save-dev duty-lint, then npx duty-lint catalogue', ''].join('\n'));
    const dir = join(cwd, 'catalogue');
    for (const f of FILES) expect(existsSync(join(dir, f)), f).toBe(true);
    expect(read(dir, '.gitignore').split('\n')).toContain('.duty-lint-cache/');

    // As a user would have it: a git repository, linted from its root and from outside.
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'scaffold');
    expect(await runCliAsync(['catalogue'], { cwd })).toMatchObject({ code: 0, stdout: 'No problems found in 2 files (7 duties).\n' });
    expect(await runCliAsync(['--fail-on', 'info'], { cwd: dir })).toMatchObject({ code: 0, stderr: '' });
  });

  it('never replaces a file: a second run skips them all, and a .gitignore of the user\'s gets a hint', async () => {
    const dir = empty();
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    mkdirSync(join(dir, 'hx'));
    writeFileSync(join(dir, 'hx', 'water.yaml'), '# mine\n');
    const first = await runCliAsync(['init', '--lang', 'en'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('skipped  hx/water.yaml: it exists, left as it is\n');
    expect(first.stdout).toContain('skipped  .gitignore: it exists, left as it is; add .duty-lint-cache/ to it\n');
    expect(first.stdout).toContain('created  hx/ls/water.yaml\n');
    expect(read(dir, 'hx/water.yaml')).toBe('# mine\n');
    expect(read(dir, '.gitignore')).toBe('node_modules/\n');

    const before = FILES.map((f) => read(dir, f));
    const second = await runCliAsync(['init', '.', '--lang', 'zh'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stdout.split('\n').filter((l) => l.startsWith('已跳过'))).toHaveLength(FILES.length);
    expect(second.stdout).not.toContain('已创建');
    expect(FILES.map((f) => read(dir, f))).toEqual(before);
  });

  it('2 with one line when the folder is a file', async () => {
    const dir = empty();
    writeFileSync(join(dir, 'catalogue'), '');
    expectUsageError(await runCliAsync(['init', 'catalogue'], { cwd: dir }), /catalogue is a file: duty-lint init scaffolds a catalogue in a folder/);
  });

  it('points the editor to the schemas of the duty-lint that npm installs for the project', async () => {
    // A project with duty-lint installed, scaffolded one folder down.
    const project = empty();
    writeFileSync(join(project, 'package.json'), '{ "devDependencies": { "duty-lint": "*" } }\n');
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'duty-lint'), 'dir');
    expect((await runCliAsync(['init', 'catalogue'], { cwd: project })).code).toBe(0);
    const dir = join(project, 'catalogue');
    const schemaOf = (file: string) => /^# yaml-language-server: \$schema=(\S+)\n/.exec(read(dir, file))?.[1];
    expect(schemaOf('duty-lint.config.yaml')).toBe('../node_modules/duty-lint/schemas/config.schema.json');
    expect(schemaOf('hx/ls/water.yaml')).toBe('../../../node_modules/duty-lint/schemas/department.schema.json');
    for (const file of ['duty-lint.config.yaml', 'hx/water.yaml', 'hx/ls/water.yaml']) {
      expect(existsSync(resolve(dirname(join(dir, file)), schemaOf(file)!)), file).toBe(true);
    }
    // VS Code reads the settings' paths from the workspace folder, and patterns starting with / from there too.
    const settings = JSON.parse(read(dir, '.vscode/settings.json')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']).toEqual({
      '../node_modules/duty-lint/schemas/config.schema.json': ['/duty-lint.config.yaml', '/duty-lint.config.yml'],
      '../node_modules/duty-lint/schemas/department.schema.json': ['/hx/**/*.yaml'],
    });
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(resolve(dir, schema)), schema).toBe(true);

    // Without a project above it, the folder is the project: node_modules will be in it.
    const alone = empty();
    expect((await runCliAsync(['init'], { cwd: alone })).code).toBe(0);
    expect(read(alone, 'hx/water.yaml')).toMatch(/^# yaml-language-server: \$schema=\.\.\/node_modules\/duty-lint\/schemas\/department\.schema\.json\n/);
    expect(Object.keys((JSON.parse(read(alone, '.vscode/settings.json')) as { 'yaml.schemas': object })['yaml.schemas'])[0]).toBe('./node_modules/duty-lint/schemas/config.schema.json');
  });

  it('has --help with examples', async () => {
    const r = await runCliAsync(['init', '--help']);
    expect(r.stdout).toContain('Usage: duty-lint init [options] [dir]');
    expect(r.stdout).toContain('Examples:\n  duty-lint init ');
  });

  it('ships its templates: package.json files holds them, and npm packs every one', () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as Array<{ files: Array<{ path: string }> }>;
    const paths = packed[0]!.files.map((f) => f.path);
    for (const f of FILES) expect(paths, f).toContain(`templates/init/${f === '.gitignore' ? 'gitignore' : f}`);
  });
});

describe.concurrent('the CI recipes', () => {
  const workflow = read(ROOT, 'templates/init/.github/workflows/duty-lint.yml');

  it('init\'s GitHub workflow is the recipe in examples/ci', () => {
    expect(read(ROOT, 'examples/ci/github-actions.yml')).toBe(workflow);
  });

  it('GitHub Actions: valid YAML, Node 20, duty-lint with existing formats, SARIF uploaded even when the step fails', async () => {
    const wf = parse(workflow) as Workflow;
    expect(wf.permissions['security-events']).toBe('write');
    const steps = Object.values(wf.jobs)[0]!.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': 20 });
    expect(steps.some((s) => s.run === 'npm ci')).toBe(true);
    const lint = steps.find((s) => s.run?.includes('npx duty-lint'))!;
    const args = dutyLintArgs(lint.run!);
    expect(args.slice(0, 2)).toEqual(['-f', 'github']);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with?.sarif_file).toBe(fileOf(args, 'sarif'));
    // The report is wanted most when duty-lint fails the step.
    expect(upload.if).toContain('!cancelled()');

    // The command itself, on a scaffolded catalogue, as the workflow runs it at the repository root.
    const dir = empty();
    await runCliAsync(['init'], { cwd: dir });
    // In Actions, GITHUB_STEP_SUMMARY names a file -f github appends the Markdown report to.
    writeFileSync(join(dir, 'summary.md'), 'earlier step\n');
    const r = await runCliAsync(args, { cwd: dir, env: { GITHUB_STEP_SUMMARY: join(dir, 'summary.md') } });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(read(dir, fileOf(args, 'sarif')))).toMatchObject({ version: '2.1.0' });
    expect(read(dir, 'summary.md')).toMatch(/^earlier step\n# /);
  });

  it('GitLab CI: valid YAML, Node 20, the Code Quality report it names is the one duty-lint writes', async () => {
    const job = Object.values(parse(read(ROOT, 'examples/ci/gitlab-ci.yml')) as Record<string, { image: string; script: string[]; artifacts: { when: string; reports: { codequality: string } } }>)[0]!;
    expect(job.image).toBe('node:20');
    const args = dutyLintArgs(job.script.join('\n'));
    expect(job.artifacts).toEqual({ when: 'always', reports: { codequality: fileOf(args, 'gitlab') } });

    const dir = empty();
    await runCliAsync(['init'], { cwd: dir });
    const r = await runCliAsync(args, { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('No problems found');
    expect(JSON.parse(read(dir, fileOf(args, 'gitlab')))).toEqual([]);
  });

  it('pre-commit: the hook runs the duty-lint bin on staged YAML files, leaving out configs and dot-folders', () => {
    const hooks = parse(read(ROOT, '.pre-commit-hooks.yaml')) as Array<Record<string, unknown>>;
    expect(hooks).toHaveLength(1);
    const hook = hooks[0]!;
    expect(hook).toMatchObject({ id: 'duty-lint', entry: 'duty-lint', language: 'node', pass_filenames: true });
    const pkg = JSON.parse(read(ROOT, 'package.json')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
    // pre-commit matches with Python's re.search; these patterns mean the same in JavaScript.
    const matches = (path: string) => new RegExp(hook.files as string).test(path) && !new RegExp(hook.exclude as string).test(path);
    expect(['zj/amr.yaml', 'zj/rz/edu.yml', 'divisions.yaml'].filter(matches)).toHaveLength(3);
    expect(['README.md', 'duty-lint.config.yaml', 'sub/duty-lint.config.yml', '.github/workflows/duty-lint.yml', '.pre-commit-config.yaml', 'a/.hidden/x.yaml'].filter(matches)).toEqual([]);
  });
});
