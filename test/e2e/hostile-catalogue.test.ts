import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canDropPrivileges, EXAMPLE, expectNoStackTrace, expectUsageError, runCliAsync, unlock, type CliOptions, type CliRun } from '../helpers.js';
import { hostileCatalogue, type HostileCatalogue } from './hostile-catalogue.js';

/**
 * The whole of issue 15 in one run: a catalogue with every kind of bad input beside good
 * files (hostile-catalogue.ts) lints with exit 1, no stack trace and no hang; each bad file
 * is named with its problem at its line; the good files get exactly the findings they get
 * alone; and nothing outside the root is opened, as strace sees it.
 */

const SLOW = { timeout: 240_000 };

/** Each bad file (and the good ones beside them), with the findings it must get: `line:column rule message…`. */
const EXPECTED: Record<string, string[]> = {
  'big/big.yaml': ['1:1 yaml-syntax This file is 11 MB (11534449 bytes), over the limit of 10 MB (10485760 bytes): it is not read'],
  'bombs/deep.yaml': ['3:106 yaml-syntax Invalid YAML: lists or mappings nested more than 100 deep'],
  'bombs/duplicate.yaml': ['8:5 yaml-syntax Invalid YAML: the key "title" appears twice in this mapping'],
  'bombs/laughs.yaml': ['1:1 yaml-syntax This document expands to more than 1000000 nodes through its aliases'],
  'bombs/tag.yaml': ['7:12 yaml-syntax Invalid YAML: the tag !!js/function is not one duty files use'],
  'devices/pipe.yaml': ['1:1 yaml-syntax This is not a regular file (a device, pipe or socket): it is not read'],
  'links/etc': ['1:1 yaml-syntax This link points outside the catalogue (/etc): not followed'],
  'links/folder': ['1:1 yaml-syntax This link points outside the catalogue ({outside}/folder): not followed'],
  'links/gone.yaml': ['1:1 yaml-syntax Broken link: it points to nowhere.yaml, which does not exist'],
  'links/secret.yaml': ['1:1 yaml-syntax This link points outside the catalogue ({outside}/secret.yaml): not followed'],
  'links/up': ['1:1 yaml-syntax This link leads back into a folder it is in (..): not followed'],
  'links/zero.yaml': ['1:1 yaml-syntax This link points outside the catalogue (/dev/zero): not followed'],
  'many/group.yaml': ['6:5 overlap Overlaps with 999 duties of 999 other departments that are the same duty'],
  'mistakes/circle.yaml': [
    '5:16 self-contradiction counterparts[0] names 部门mx.c (mx.c), which names this department among its own counterparts',
    '7:5 unfounded-duty Duty "负责全县防汛抗旱工作" implements no duty of its higher-level counterparts (mx.c)',
    '7:5 unfunded-duty Active duty "负责全县防汛抗旱工作" has no budget line',
    '14:16 self-contradiction counterparts[0] names 部门mx.b (mx.b), which names this department among its own counterparts',
    '16:5 unfounded-duty Duty "负责全县农田水利建设" implements no duty of its higher-level counterparts (mx.b)',
    '16:5 unfunded-duty Active duty "负责全县农田水利建设" has no budget line',
  ],
  'mistakes/division.yaml': ['8:17 duplicate-id Department "mx.b" is a party of this division again (first at mistakes/division.yaml:6)'],
  'mistakes/self.yaml': [
    '5:16 self-contradiction counterparts[0] names this department itself',
    '7:5 unfunded-duty Active duty "负责全县河道采砂管理" has no budget line',
    '9:15 self-contradiction mandate[0] names this duty itself',
    '10:5 unfunded-duty Active duty "配合做好河道采砂执法" has no budget line',
    '13:11 self-contradiction Support duty "配合做好河道采砂执法" names its own department as its lead (mx.a)',
    '14:5 unfounded-duty Duty "负责全县水土保持工作" implements no duty of its higher-level counterparts (up.a)',
    '14:5 unfunded-duty Active duty "负责全县水土保持工作" has no budget line',
    '16:11 self-contradiction Duty "负责全县水土保持工作" is a main duty (role: main, the default) but names a lead (mx.b)',
    '20:21 self-contradiction Duty "负责河道清淤许可" is cancelled but names a receiving department (transferred_to: mx.b)',
    '22:12 schema duties[4].title is blank: it holds only white space (U+3000)',
    '23:5 unfounded-duty Duty "负责全县水资源调度" implements no duty of its higher-level counterparts (up.a)',
    '23:5 unfunded-duty Active duty "负责全县水资源调度" has no budget line',
    '26:9 unused-ignore This ignore entry names "overlapp", which is no rule',
  ],
  'mistakes/upper.yaml': ['6:5 unfunded-duty Active duty "负责全省河道采砂管理" has no budget line'],
  'odd/binary.yaml': ['1:1 yaml-syntax This file is not UTF-8 (byte 0x89 here), and its encoding cannot be told'],
  'odd/bom-crlf.yaml': ['6:5 unfunded-duty Active duty "负责全乡殡葬管理" has no budget line'],
  'positions/empty.yaml': ['5:1 schema duties must be of type array (got null)'],
  'positions/nul.yaml': ['14:17 yaml-syntax Invalid YAML: a NUL byte (0x00)'],
  'positions/null-title.yaml': ['7:5 schema duties[0].title must be of type string (got null)'],
  'text/escape.yaml': ['8:5 unfunded-duty Active duty "负责\u001b[2J\u001b[31m全区清屏工作" has no budget line'],
  'text/fullwidth.yaml': ['7:10 yaml-syntax Invalid YAML: "title" is followed by a full-width colon "："'],
  'text/gbk.yaml': ['1:3 yaml-syntax This file is not UTF-8: it looks like gb18030 (byte 0xd5 here)'],
  'text/good.yaml': [
    '8:5 unfunded-duty Active duty "负责全区全民健身工作，组织实施全民健身计划" has no budget line',
    '10:5 unfunded-duty Active duty "负责全区群众性体育赛事活动的组织和监督管理" has no budget line',
  ],
  'text/latin1.yaml': ['3:10 yaml-syntax This file is not UTF-8: it looks like windows-1252 (byte 0xe9 here)'],
  // The broken second document costs only itself: the first and third are analysed.
  'text/multi.yaml': [
    '7:5 unfunded-duty Active duty "负责全区档案的收集和保管" has no budget line',
    '16:12 yaml-syntax Invalid YAML: the quoted text opened here (") is never closed',
    '24:5 unfunded-duty Active duty "负责全区党史资料的征集和研究" has no budget line',
  ],
  'text/typo.yaml': ['8:5 schema duties[0] has an unknown field "mandat": did you mean "mandate"?'],
  'text/utf16.yaml': ['1:1 yaml-syntax This file is not UTF-8: it looks like utf-16le (byte 0xff here)'],
};
// The folder the user cannot read is only unreadable when permissions apply (not as root).
const permissionsApply = process.getuid?.() !== 0 || canDropPrivileges();
if (permissionsApply) EXPECTED['locked'] = ['1:1 yaml-syntax Permission denied: this folder cannot be read, so the duty files in it are not linted'];
// Files whose findings are not listed one by one: the example's, the group's duties without budget lines, and ids that are Object.prototype names.
const LISTED_APART = /^(zj|many|proto)\//;

interface Finding { file: string; line: number; column: number; rule: string; message: string; severity: string; related?: unknown[] }
interface Report { summary: Record<string, number>; findings: Finding[] }
const report = (r: CliRun) => JSON.parse(r.stdout) as Report;

let h: HostileCatalogue;
/** What every path under the base is before the runs: content hashes, link targets, kinds. */
let before: Map<string, string>;
beforeAll(() => {
  h = hostileCatalogue();
  before = snapshot(h.base);
});
afterAll(() => {
  unlock(h.base);
  rmSync(h.base, { recursive: true, force: true });
});

/** The CLI on the hostile catalogue, as an ordinary user, with a time limit: a hang is a failure. */
function lint(args: string[], opts: CliOptions = {}): Promise<CliRun> {
  return runCliAsync(args, { cwd: h.catalogue, unprivileged: true, timeoutMs: 180_000, ...opts });
}

function snapshot(base: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (path: string) => {
    const stat = lstatSync(path);
    const name = relative(base, path);
    if (stat.isSymbolicLink()) out.set(name, `link ${readlinkSync(path)}`);
    else if (stat.isFIFO()) out.set(name, 'fifo');
    else if (stat.isFile()) out.set(name, createHash('sha256').update(readFileSync(path)).digest('hex'));
    else if (stat.isDirectory()) {
      out.set(name, `folder ${stat.mode.toString(8)}`);
      try {
        for (const entry of readdirSync(path)) if (entry !== '.duty-lint-cache') walk(join(path, entry));
      } catch {
        out.set(name, 'unreadable');
      }
    }
  };
  walk(base);
  return out;
}

describe('one catalogue with every kind of bad input, linted in one run', SLOW, () => {
  it('exits 1 with no stack trace; each bad file is named with its problem at its line, and the good files are fully analysed', async () => {
    const run = await lint(['.', '--lang', 'en', '-f', 'json', '--stats']);
    expectNoStackTrace(run);
    expect(run.code).toBe(1);
    const { findings, summary } = report(run);

    const byFile: Record<string, string[]> = {};
    for (const f of findings) {
      if (LISTED_APART.test(f.file)) continue;
      (byFile[f.file] ??= []).push(`${f.line}:${f.column} ${f.rule} ${f.message}`);
    }
    const expected = Object.fromEntries(Object.entries(EXPECTED).filter(([file]) => !LISTED_APART.test(file)));
    expect(Object.keys(byFile).sort()).toEqual(Object.keys(expected).sort());
    for (const [file, lines] of Object.entries(expected)) {
      expect(byFile[file]!.length, file).toBe(lines.length);
      lines.forEach((start, i) => expect(byFile[file]![i], file).toMatch(new RegExp(`^${escape(start.replace('{outside}', h.outside))}`)));
    }

    // The example beside all this gets exactly the findings it gets alone.
    const alone = report(await runCliAsync([EXAMPLE, '--lang', 'en', '-f', 'json']));
    expect(findings.filter((f) => f.file.startsWith('zj/'))).toEqual(alone.findings);

    // A thousand departments holding one line are one finding; all 7,000 departments are analysed (each duty lacks a budget line).
    const group = findings.filter((f) => f.file === 'many/group.yaml');
    expect(group.filter((f) => f.rule !== 'unfunded-duty').map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`))
      .toEqual([expect.stringMatching(`^${escape(EXPECTED['many/group.yaml']![0]!)}`)]);
    expect(group.find((f) => f.rule === 'overlap')!.related).toHaveLength(50);
    expect(group.filter((f) => f.rule === 'unfunded-duty')).toHaveLength(8000);

    // Ids that are Object.prototype's names are schema errors, and break nothing around them.
    expect(findings.filter((f) => f.file === 'proto/__proto__.yaml').map((f) => f.rule)).toEqual(Array(6).fill('schema'));

    expect(summary).toMatchObject({ departments: 7031 });
    expect(run.stderr).toMatch(/Followed 1 symbolic link inside the catalogue; 1 file reached through a link as well as directly linted once/);
    expect(run.stderr).toContain(`Could not lint ${permissionsApply ? 8 : 7} paths`);
  });

  // strace shows each file the CLI (its threads, and the git it asks) opens, and what it really opened (-y).
  const strace = spawnSync('strace', ['-V']).status === 0;
  if (!strace && process.env.CI) throw new Error('strace is needed in CI (.ci/run installs it)');
  it.runIf(strace)('opens nothing outside the root: no path there, no link out of it, not the pipe', async () => {
    // Beside the base, not in it: the last test compares the base with what it was.
    const log = `${h.base}.strace.log`;
    const asNobody = canDropPrivileges() ? ['-u', 'nobody'] : [];
    const run = await lint(['.', '--lang', 'en', '-f', 'json'], {
      // libuv would open files through io_uring, which strace does not see.
      env: { UV_USE_IO_URING: '0' },
      unprivileged: false, wrapper: ['strace', '-f', '-y', '--seccomp-bpf', '-e', 'trace=open,openat,openat2', ...asNobody, '-o', log],
    });
    expect(run.code).toBe(1);
    const traced = readFileSync(log, 'utf8');
    rmSync(log);
    const opened = [...traced.matchAll(/open(?:at2?)?\((?:AT_FDCWD<([^>]*)>, )?"([^"]*)".*?= (-?\d+)(?:<([^>]*)>)?/g)]
      .map(([, cwd, path, fd, real]) => ({ path: isAbsolute(path!) ? path! : resolve(cwd ?? h.catalogue, path!), real, ok: Number(fd) >= 0 }));
    expect(opened.length).toBeGreaterThan(40);
    const inside = (p: string) => p === h.catalogue || p.startsWith(`${h.catalogue}/`);
    // Every file of the catalogue is opened where it is; none through a link to elsewhere.
    expect(opened.filter((o) => o.ok && inside(o.path) && o.real !== undefined && !inside(o.real))).toEqual([]);
    expect(opened.filter((o) => o.path.startsWith(h.outside) || o.real?.startsWith(h.outside))).toEqual([]);
    expect(opened.filter((o) => o.path === h.pipe || o.path === '/dev/zero' || o.real === '/dev/zero')).toEqual([]);
    expect(opened.some((o) => o.ok && o.path === join(h.catalogue, 'text', 'good.yaml'))).toBe(true);
  });

  it('in the terminal, in Chinese: every bad file is named, control characters are shown escaped, never sent', async () => {
    const run = await lint(['.', '--lang', 'zh']);
    expectNoStackTrace(run);
    expect(run.code).toBe(1);
    for (const file of Object.keys(EXPECTED)) expect(run.stdout, file).toMatch(new RegExp(`^${escape(file)}$`, 'm'));
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('负责\\x1b[2J\\x1b[31m全区清屏工作');
    // Messages wrap at the terminal's width: these stay on their first line.
    expect(run.stdout).toMatch(/YAML 语法错误：列表或映射嵌套超过/);
    expect(run.stdout).toMatch(/YAML 语法错误：标签 !!js\/function/);
  });

  it('--cache, cold and then warm, reports what a run without it reports', async () => {
    const args = ['.', '--lang', 'en', '-f', 'json'];
    const plain = await lint(args);
    const cold = await lint([...args, '--cache']);
    const warm = await lint([...args, '--cache']);
    expectNoStackTrace(cold);
    expectNoStackTrace(warm);
    expect(cold.stdout).toBe(plain.stdout);
    expect(warm.stdout).toBe(plain.stdout);
    expect(warm.code).toBe(1);
  });

  it('a config that reaches outside the root is a usage error, exit 2, and nothing is linted', async () => {
    const config = join(h.catalogue, 'outside.config.yaml');
    writeFileSync(config, `include: ["**/*.yaml", "${h.outside}/**/*.yaml"]\n`);
    try {
      expectUsageError(await lint(['.', '--lang', 'en', '-c', config]), /outside\.config\.yaml:1:\d+: include pattern ".*" reaches outside the catalogue root/);
    } finally {
      rmSync(config);
    }
  });

  it('leaves every input as it was: files, links, the pipe and the locked folder (last: after all the runs above)', () => {
    expect(snapshot(h.base)).toEqual(before);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
