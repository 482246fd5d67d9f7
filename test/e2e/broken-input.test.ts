import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, expectUsageError, ROOT, runCliAsync, temporaryFolders } from '../helpers.js';

/** The CLI on files in other encodings and broken YAML: findings that say what to do, `--encoding` to do it. */

const HOSTILE = join(ROOT, 'test', 'fixtures', 'hostile', 'catalogue');
const { empty } = temporaryFolders();

function copy(extra: Record<string, string> = {}): string {
  const dir = empty();
  cpSync(HOSTILE, dir, { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

interface Report { findings: Array<{ file: string; rule: string; line: number; column: number }> }

describe('files that are not UTF-8', () => {
  it('are findings that name the encoding and how to read it; the other files are linted', async () => {
    const run = await runCliAsync([HOSTILE, '--lang', 'en', '--rule', 'unfunded-duty=warn']);
    expect(run.code).toBe(1);
    expectNoStackTrace(run);
    expect(run.stdout).toMatch(/gbk\.yaml\n {2}1:3 +error +This file is not UTF-8: it looks like gb18030/);
    expect(run.stdout).toContain('`encoding: gb18030` in the config (or\n');
    expect(run.stdout).toMatch(/good\.yaml\n +8:5 +warn +Active duty "负责全区全民健身工作/);
  });

  it('--encoding reads them', async () => {
    const run = await runCliAsync([HOSTILE, '--encoding', 'gb18030', '-f', 'json']);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.filter((f) => f.file === 'gbk.yaml')).toEqual([]);
    // utf16.yaml is no GB18030: still reported.
    expect(report.findings.filter((f) => f.file === 'utf16.yaml').map((f) => f.rule)).toEqual(['yaml-syntax']);
  });

  it('an unknown encoding is a usage error, on the command line and in the config', async () => {
    expectUsageError(await runCliAsync([HOSTILE, '--encoding', 'klingon']), /Unknown encoding "klingon" \(--encoding\)/);
    const dir = copy({ 'duty-lint.config.yaml': 'lang: zh\nencoding: klingon\n' });
    expectUsageError(await runCliAsync([dir, '--lang', 'zh']), /duty-lint\.config\.yaml:2:11：未知编码 "klingon"（encoding:）/);
  });
});

describe('a YAML error in the config', () => {
  it('is told in the user\'s language, with the fix', async () => {
    const dir = copy({ 'duty-lint.config.yaml': 'lang: zh\nrules：\n  overlap: warn\n' });
    expectUsageError(await runCliAsync([dir, '--lang', 'zh']), /duty-lint\.config\.yaml:2:6：配置文件 YAML 语法错误：“rules”后面是全角冒号“：”：键后请使用半角冒号/);
  });

  it('a config that is not UTF-8 is a usage error at its first bad byte', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'duty-lint.config.yaml'), Buffer.concat([Buffer.from('lang: zh\ngeneric:\n  - '), iconv.encode('负责', 'gbk'), Buffer.from('\n')]));
    expectUsageError(await runCliAsync([dir]), /duty-lint\.config\.yaml:3:5: the config file is not UTF-8 \(byte 0xb8 here\): save it as UTF-8$/m);
  });
});
