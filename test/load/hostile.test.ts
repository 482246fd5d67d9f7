import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { temporaryFolders } from '../helpers.js';

const BOMB = [
  'kind: department',
  'id: zj.rz.evil',
  'name: 恶意文件',
  'jurisdiction: zj.rz',
  'x0: &a0 ["负责", "负责", "负责", "负责", "负责", "负责", "负责", "负责", "负责", "负责"]',
  ...Array.from({ length: 8 }, (_, i) => `x${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`),
  'duties:',
  '  - id: d1',
  '    title: 负责全区某项职责',
  '    tags: *a8',
  '',
].join('\n');

const { catalogue } = temporaryFolders();

/** Hostile input is a finding, never a hang or a crash, and the other files are still linted. */
describe('hostile files', () => {
  it('reports an alias bomb (10^9 nodes once expanded) instead of walking it', async () => {
    const dir = catalogue({
      'evil.yaml': BOMB,
      'ok.yaml': 'kind: department\nid: zj.rz.ok\nname: 正常部门\njurisdiction: zj.rz\nduties:\n  - id: d1\n    title: 负责全区某项职责\n',
    });
    const started = Date.now();
    const result = await lint({ paths: [dir], lang: 'en', rules: { 'unfunded-duty': 'warn' } });
    expect(Date.now() - started).toBeLessThan(10_000);
    const bomb = result.findings.filter((f) => f.file === 'evil.yaml');
    expect(bomb).toEqual([expect.objectContaining({ rule: 'yaml-syntax', severity: 'error', line: 1, column: 1 })]);
    expect(bomb[0]!.message).toMatch(/expands to more than 1000000 nodes/);
    // The other file is linted as usual.
    expect(result.findings.some((f) => f.file === 'ok.yaml' && f.rule === 'unfunded-duty')).toBe(true);
  });

  it('accepts ordinary anchors and aliases', async () => {
    const dir = catalogue({
      'a.yaml': 'kind: department\nid: zj.rz.a\nname: A\njurisdiction: zj.rz\nduties:\n  - id: d1\n    title: 负责全区甲职责\n    budget: &b [2024-1]\n  - id: d2\n    title: 负责全区乙职责\n    budget: *b\n',
    });
    const result = await lint({ paths: [dir], rules: { 'unfunded-duty': 'warn' } });
    expect(result.findings).toEqual([]);
    expect(result.summary.duties).toBe(2);
  });
});
