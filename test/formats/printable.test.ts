import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/formats/text.js';
import { runCliAsync, temporaryFolders } from '../helpers.js';

/*
 * Titles, names and file names are printed in terminal reports: their control characters
 * are shown escaped, never sent to the terminal, which would obey them (clear the screen,
 * colour the rest of the report red, set the window title, fake duty-lint's own lines).
 */

describe('printable', () => {
  it('escapes C0 controls but tab and line feed, DEL and C1 controls, and keeps all else', () => {
    expect(printable('负责\u001b[2J\u001b[31m全区')).toBe('负责\\x1b[2J\\x1b[31m全区');
    expect(printable('a\u0000b\rc\u0007d\u007fe\u0085f\u009bg')).toBe('a\\x00b\\x0dc\\x07d\\x7fe\\x85f\\x9bg');
    expect(printable('line\n\tindented · 中文 ｜ é')).toBe('line\n\tindented · 中文 ｜ é');
  });
});

const { catalogue } = temporaryFolders();

/** Two departments whose names and one shared duty title hold escape sequences, one in a file whose name holds one. */
function evilCatalogue(): string {
  const title = '"负责全区食品安全监督管理\\u001b[2J\\u001b[31m，组织实施食品安全抽检"';
  const dept = (id: string, name: string) =>
    `kind: department\nid: zj.rz.${id}\nname: ${name}\njurisdiction: zj.rz\nduties:\n  - id: food\n    title: ${title}\n`;
  const dir = catalogue({ 'b.yaml': dept('b', '"乙\\u001b]0;pwned\\u0007局"') });
  writeFileSync(join(dir, 'evil\u001b[2J.yaml'), dept('a', '"甲\\u001b[31m局"'));
  return dir;
}

/** A colour code: ESC [ … m. */
const sgr = (flags = '') => new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;]*m`, flags);

/** No control sequence of the data's, only the colours duty-lint paints (SGR, ESC [ … m) when colour is on. */
function expectNoDataEscapes(out: string, color: boolean): void {
  expect(out).not.toContain('\u001b[2J');
  expect(out).not.toContain('\u001b]0;');
  expect(out).not.toContain('\u0007');
  const rest = out.replace(sgr('g'), '');
  expect(rest).not.toContain('\u001b');
  if (!color) expect(out).not.toContain('\u001b');
  else expect(out).toMatch(sgr());
}

describe('terminal formats show the catalogue\'s control characters, never send them', () => {
  const dir = evilCatalogue();

  it.each([
    ['--no-color', ['--no-color'], {}, false],
    ['FORCE_COLOR', [], { FORCE_COLOR: '1', NO_COLOR: undefined }, true],
  ] as const)('stylish, %s: the title and the file name escaped, the colours its own', async (_name, args, env, color) => {
    const run = await runCliAsync([dir, '--lang', 'en', ...args], { env });
    // The overlap of the two departments is a warning.
    expect(run.code, run.stderr).toBe(0);
    expectNoDataEscapes(run.stdout, color);
    expect(run.stdout).toMatch(/overlap/);
    expect(run.stdout).toContain('evil\\x1b[2J.yaml');
    expect(run.stdout).toContain('负责全区食品安全监督管理\\x1b[2J\\x1b[31m');
    expect(run.stdout).toContain('乙\\x1b]0;pwned\\x07局');
  });

  it.each([
    ['graph', ['graph', dir]],
    ['matrix', ['matrix', dir]],
    ['explain', ['explain', 'zj.rz.a/food', 'zj.rz.b/food', '--in', dir]],
    ['explain, one duty', ['explain', 'zj.rz.a/food', '--in', dir]],
  ])('%s, in colour', async (_name, args) => {
    const run = await runCliAsync([...args, '--lang', 'zh'], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(run.code, run.stderr).toBe(0);
    expectNoDataEscapes(run.stdout, true);
    expect(run.stdout).toContain('\\x1b[');
  });

  it('JSON keeps the data as it is (JSON escapes it)', async () => {
    const run = await runCliAsync([dir, '--format', 'json']);
    const report = JSON.parse(run.stdout) as { findings: Array<{ file: string; message: string }> };
    expect(report.findings.map((f) => f.file)).toContain('evil\u001b[2J.yaml');
    expect(report.findings.some((f) => f.message.includes('\u001b[2J\u001b[31m'))).toBe(true);
  });
});
