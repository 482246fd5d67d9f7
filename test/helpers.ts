import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'duty-lint.js');
export const EXAMPLE = join(ROOT, 'examples', 'zhenjiang');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns the built CLI (run `npm run build` first; `npm test` does). */
export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined || (k === 'FORCE_COLOR' && !opts.env?.FORCE_COLOR)) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
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
