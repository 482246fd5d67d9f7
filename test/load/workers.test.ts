import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../bench/generate.js';
import { emptyLoadWork } from '../../src/load/load-file.js';
import { pack } from '../../src/load/pack.js';
import { workerScript } from '../../src/worker-script.js';
import { expectNoStackTrace, ROOT, runCli, temporaryFolders } from '../helpers.js';

// Workers start from the built scripts, so the loader under test is the built one (`npm run build` first).
const builtModule = (path: string) => import(pathToFileURL(join(ROOT, 'dist', 'src', 'load', path)).href);
const built = (await builtModule('load-all.js')) as typeof import('../../src/load/load-all.js');
const { FsSource } = (await builtModule('source.js')) as typeof import('../../src/load/source.js');

const { empty: tempDir } = temporaryFolders();

describe('loader workers', () => {
  it('run, and load the same results as one thread, in file order', async () => {
    const dir = tempDir();
    generateCatalogue({ duties: 16000, seed: 5, outDir: dir });
    const files = fg.sync('**/*.yaml', { cwd: dir }).sort();
    expect(files.length).toBeGreaterThan(built.WORKER_THRESHOLD);
    const source = new FsSource(dir);
    const work = emptyLoadWork();
    const used: number[] = [];
    const one = await built.loadAll(source, files, { threads: 1, onThreads: (n) => used.push(n) });
    const two = await built.loadAll(source, files, { threads: 2, work, onThreads: (n) => used.push(n) });
    // The second run loaded on two threads: were the worker missing or failing, this would say 1.
    expect(used).toEqual([1, 2]);
    // Packed: every declared field of every duty, without the back-references to departments.
    expect(JSON.stringify(pack(two))).toBe(JSON.stringify(pack(one)));
    expect(two.map((r) => r.file)).toEqual(files);
    // The worker's share of the work is counted too.
    expect(work.parse).toBeGreaterThan(0);
    expect(work.validate).toBeGreaterThan(0);
  }, 60_000);
});

describe('worker scripts', () => {
  it('are the built script beside the built module', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'worker.js'), '');
    expect(workerScript(pathToFileURL(join(dir, 'load-all.js')).href, 'worker.js')).toBe(join(dir, 'worker.js'));
  });

  it('are none when running from TypeScript sources, where the caller stays on one thread', () => {
    expect(workerScript(pathToFileURL(join(ROOT, 'src', 'load', 'load-all.ts')).href, 'worker.js')).toBeUndefined();
  });

  it('missing from a build is an error that says what to do, not a silent slowdown', () => {
    const dir = join(tempDir(), 'dist');
    mkdirSync(dir);
    expect(() => workerScript(pathToFileURL(join(dir, 'load-all.js')).href, 'worker.js')).toThrow(expect.objectContaining({ messageId: 'incomplete-install', data: { file: join(dir, 'worker.js') } }));
  });
});

describe('an installation without its worker scripts', () => {
  it('exits 2 with one line saying what is missing and what to do, on a catalogue large enough for workers', () => {
    const install = tempDir();
    for (const part of ['bin', 'dist', 'schemas', 'package.json']) cpSync(join(ROOT, part), join(install, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'));
    rmSync(join(install, 'dist', 'src', 'load', 'worker.js'));
    const catalogue = tempDir();
    generateCatalogue({ duties: 16000, seed: 5, outDir: catalogue });
    const r = runCli([catalogue], { bin: join(install, 'bin', 'duty-lint.js') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(install, 'dist', 'src', 'load', 'worker.js')} is missing. Reinstall it`);
    expectNoStackTrace(r);
  }, 60_000);
});
