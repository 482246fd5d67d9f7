import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leavesRoot } from '../../src/config/config.js';
import { lint } from '../../src/index.js';
import { discoverFiles } from '../../src/load/discover.js';
import { formatSize, parseSize } from '../../src/load/size.js';
import { temporaryFolders } from '../helpers.js';

const { catalogue } = temporaryFolders();
const dept = (id: string) => `kind: department\nid: ${id}\nname: 部门\njurisdiction: zj\nduties:\n  - id: d1\n    title: 负责全市${id}工作\n`;

describe('sizes', () => {
  it('reads bytes and KB, MB, GB (1024-based, any case, KiB too); anything else is no size', () => {
    expect(parseSize(10485760)).toBe(10485760);
    expect(parseSize('512KB')).toBe(512 * 1024);
    expect(parseSize('10MB')).toBe(10 * 1024 * 1024);
    expect(parseSize('1.5 gib')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('100b')).toBe(100);
    for (const bad of ['', '10XB', '-1', '0', 'lots', '1e9', '10 MB extra']) expect(parseSize(bad)).toBeUndefined();
  });

  it('shows a size with its unit and its bytes', () => {
    expect(formatSize(10 * 1024 * 1024)).toBe('10 MB (10485760 bytes)');
    expect(formatSize(1536)).toBe('1.5 KB (1536 bytes)');
    expect(formatSize(100)).toBe('100 bytes');
  });
});

describe('config globs that leave the catalogue root', () => {
  it('are absolute paths or climb with .., in a brace or extglob alternative too', () => {
    for (const p of ['/etc/host*', '../x/**', 'a/../../b', '{a,../b}/*.yaml', '{**/*.yaml,/etc/*}', '@(x|..)/y', 'C:/x', '..']) expect(leavesRoot(p), p).toBe(true);
    for (const p of ['**/*.yaml', 'drafts/**', '..foo/*.yaml', 'a..b/*.yml', 'a/{b,c}/*.y*ml']) expect(leavesRoot(p), p).toBe(false);
  });
});

describe('a folder scan', () => {
  it('never walks round a link loop, and says where the loop is', async () => {
    const dir = catalogue({ 'zj/amr.yaml': dept('zj.amr'), 'zj/rz/amr.yaml': dept('zj.rz.amr') });
    symlinkSync('..', join(dir, 'zj', 'rz', 'up'));
    symlinkSync('../../zj', join(dir, 'zj', 'rz', 'back'));
    const found = await discoverFiles({ root: dir, paths: [dir], include: ['**/*.yaml'], exclude: [] });
    expect(found.files).toEqual(['zj/amr.yaml', 'zj/rz/amr.yaml']);
    expect(found.problems).toEqual([
      { path: 'zj/rz/back', kind: 'link-loop', detail: '../../zj' },
      { path: 'zj/rz/up', kind: 'link-loop', detail: '..' },
    ]);
  });
});

describe('lint({ maxFileSize })', () => {
  it('refuses a larger file with a finding, and reads the others', async () => {
    const dir = catalogue({ 'a.yaml': dept('zj.a'), 'b.yaml': `${dept('zj.b')}# ${'x'.repeat(500)}\n` });
    const result = await lint({ paths: [dir], maxFileSize: 300, lang: 'en' });
    expect(result.findings.map((f) => [f.file, f.rule, f.message])).toEqual([
      ['b.yaml', 'yaml-syntax', expect.stringMatching(/^This file is \d+ bytes, over the limit of 300 bytes: it is not read/)],
    ]);
    expect(result.summary.departments).toBe(1);
  });
});
