import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'duty-lint.js');
export const EXAMPLE = join(ROOT, 'examples', 'zhenjiang');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Another copy of the CLI to run (default BIN). */
  bin?: string;
  /** Run as nobody when this process is root and may switch user (canDropPrivileges): as root, chmod 000 stops no read. */
  unprivileged?: boolean;
  /** Kill the CLI after this long: a hang fails the test instead of stalling it. */
  timeoutMs?: number;
  /** The command and words that run `node BIN…` (strace…). */
  wrapper?: string[];
}

/** The uid and gid of nobody, which a test runs the CLI as to see what an ordinary user sees. */
export const NOBODY = 65534;
let dropping: boolean | undefined;
/** Whether this process is root and may run a program as nobody. */
export function canDropPrivileges(): boolean {
  dropping ??= process.getuid?.() === 0 && spawnSync(process.execPath, ['-e', '0'], { uid: NOBODY, gid: NOBODY }).status === 0;
  return dropping;
}

/** The environment the CLI runs in: NO_COLOR=1, LANG=C, FORCE_COLOR only when given. */
function cliEnv(opts: CliOptions): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined || (k === 'FORCE_COLOR' && !opts.env?.FORCE_COLOR)) delete env[k];
  return env as NodeJS.ProcessEnv;
}

/** Spawns the built CLI (run `npm run build` first; `npm test` does). */
export function runCli(args: string[], opts: CliOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [opts.bin ?? BIN, ...args], { cwd: opts.cwd ?? ROOT, env: cliEnv(opts), encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** runCli without blocking, so that tests can run the CLI concurrently. */
export function runCliAsync(args: string[], opts: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const [command, ...words] = [...opts.wrapper ?? [], process.execPath, opts.bin ?? BIN, ...args];
    const user = opts.unprivileged && canDropPrivileges() ? { uid: NOBODY, gid: NOBODY } : {};
    const child = spawn(command!, words, { cwd: opts.cwd ?? ROOT, env: cliEnv(opts), ...user });
    let stdout = '';
    let stderr = '';
    const timer = opts.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

export function expectNoStackTrace(run: CliRun): void {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toContain('internal error');
}

/** A usage error: exit 2, one line on stderr that starts with "duty-lint:", nothing on stdout. */
export function expectUsageError(run: CliRun, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expectNoStackTrace(run);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(/^duty-lint: /);
  expect(run.stderr).toMatch(pattern);
}

/**
 * Gives `path` and everything under it the mode `mode`: for folders a test locked, or made
 * readable by another user. Links are left alone: chmod would change what they point at
 * (/dev/zero, /etc).
 */
export function unlock(path: string, mode = 0o755): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  // The folder first: a locked one cannot be listed.
  chmodSync(path, mode);
  if (stat.isDirectory()) for (const name of readdirSync(path)) unlock(join(path, name), mode);
}

/** Writes a tiny catalogue into a fresh temporary folder and returns its path. */
export function writeCatalogue(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-test-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

/** runCliAsync, once per distinct argument list in a test file: for runs several tests read. */
export function cachedRuns(): (args: string[]) => Promise<CliRun> {
  const runs = new Map<string, Promise<CliRun>>();
  return (args) => {
    const key = JSON.stringify(args);
    let run = runs.get(key);
    if (!run) runs.set(key, (run = runCliAsync(args)));
    return run;
  };
}

/** Temporary folders for one test file, removed after its tests: catalogues (writeCatalogue) and empty folders. */
export function temporaryFolders(): { catalogue: (files: Record<string, string>) => string; empty: () => string } {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const kept = (dir: string) => {
    dirs.push(dir);
    return dir;
  };
  return { catalogue: (files) => kept(writeCatalogue(files)), empty: () => kept(mkdtempSync(join(tmpdir(), 'duty-lint-out-'))) };
}
