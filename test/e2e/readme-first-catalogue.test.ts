import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, temporaryFolders } from '../helpers.js';

/** The README's "Your first catalogue" walk-through, run as a new user would: its files, its command, its output. */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Your first catalogue'), readme.indexOf('## Commands'));
const files = Object.fromEntries([...section.matchAll(/```yaml\n(# (\S+)\n[\s\S]*?)```/g)].map((m) => [m[2]!, m[1]!]));
const output = /Run `npx duty-lint my-catalogue`:\n\n```\n([\s\S]*?)```/.exec(section)?.[1];
const { catalogue } = temporaryFolders();

describe('README: your first catalogue', () => {
  it('has three files and the output they give', () => {
    expect(Object.keys(files)).toEqual(['my-catalogue/hx/water.yaml', 'my-catalogue/hx/natres.yaml', 'my-catalogue/hx/ls/water.yaml']);
    expect(output).toBeDefined();
  });

  it('prints exactly the output shown, with exit code 0', () => {
    const dir = catalogue(files);
    const r = runCli(['my-catalogue'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(output);
    expect(r.code).toBe(0);
  });

  it('is clean after the fixes it describes: a division, the two missing district duties, a legal basis', () => {
    const dir = catalogue(files);
    writeFileSync(join(dir, 'my-catalogue/hx/divisions.yaml'), [
      'kind: division', 'id: hx-water-vs-natres-sand', 'jurisdiction: hx', 'subject: 河道采砂监督管理', 'parties:',
      '  - department: hx.water', '    scope: 河道采砂许可和现场监管', '    duties: [sand-mining]',
      '  - department: hx.natres', '    scope: 查处非法采砂、非法采矿', '    duties: [sand]', '',
    ].join('\n'));
    appendFileSync(join(dir, 'my-catalogue/hx/ls/water.yaml'), [
      '    basis: [和县市垂钓场所管理办法 第八条]',
      '  - id: sand-mining', '    title: 负责全区河道采砂现场监管',
      '  - id: soil', '    title: 负责全区水土保持监督检查', '',
    ].join('\n'));
    const r = runCli(['my-catalogue'], { cwd: dir });
    expect(r.stdout).toBe('No problems found in 4 files (9 duties).\n');
    expect(r.code).toBe(0);
  });
});
