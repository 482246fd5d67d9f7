import { describe, expect, it } from 'vitest';
import { lintCatalogue, yaml } from '../rules/helpers.js';

/**
 * Same-duty pairs group a government's duties by text before matching: identical texts are
 * paired without comparing, and a text that matches another pairs every duty holding the one
 * with every duty holding the other. Governments are matched apart, though they share texts.
 */

const SAME = '负责全市食品安全监督管理，组织开展食品安全风险监测和抽样检验';
const NEAR = '负责全市食品安全监督管理，组织开展食品安全风险监测';
const OTHER = '负责全市特种设备安全监督管理';

function department(id: string, jurisdiction: string, ...titles: string[]): string {
  return yaml`
    kind: department
    id: ${id}
    name: ${id}
    jurisdiction: ${jurisdiction}
    duties:
  ` + titles.map((title, i) => `  - id: d${i + 1}\n    title: ${title}\n`).join('');
}

describe('same-duty pairs', () => {
  it('pairs every holder of a text with every other, within each government and never across', async () => {
    const result = await lintCatalogue({
      'zj/a.yaml': department('zj.a', 'zj', SAME, OTHER),
      'zj/b.yaml': department('zj.b', 'zj', SAME),
      'zj/c.yaml': department('zj.c', 'zj', OTHER, SAME),
      'zj/d.yaml': department('zj.d', 'zj', NEAR),
      'zj/rz/a.yaml': department('zj.rz.a', 'zj.rz', SAME),
      'zj/rz/b.yaml': department('zj.rz.b', 'zj.rz', SAME, NEAR),
    });
    const pairs = result.context.sameDutyPairs(0.5).map((p) => `${p.a.ref} ${p.b.ref} ${p.score === 1 ? 1 : 'near'}`);
    expect(pairs.sort()).toEqual([
      'zj.a/d1 zj.b/d1 1',
      'zj.a/d1 zj.c/d2 1',
      'zj.a/d1 zj.d/d1 near',
      'zj.a/d2 zj.c/d1 1',
      'zj.b/d1 zj.c/d2 1',
      'zj.b/d1 zj.d/d1 near',
      'zj.c/d2 zj.d/d1 near',
      'zj.rz.a/d1 zj.rz.b/d1 1',
      'zj.rz.a/d1 zj.rz.b/d2 near',
    ]);
  });
});
