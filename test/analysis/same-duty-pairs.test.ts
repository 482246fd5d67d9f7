import { describe, expect, it } from 'vitest';
import { lintCatalogue, yaml } from '../rules/helpers.js';

/**
 * Same-duty pairs group a government's duties by text before matching: identical texts are
 * paired without comparing, and a text that matches another pairs every duty holding the one
 * with every duty holding the other. Governments are matched apart, though they share texts.
 * A text that many departments of a government carry is boilerplate there and pairs with
 * nothing, so the texts paired here are each held by few of a government's departments.
 */

const SAME = '负责全市食品安全监督管理，组织开展食品安全风险监测和抽样检验';
const NEAR = '负责全市食品安全风险监测和食品抽样检验，发布食品安全风险警示信息';
const OTHER = '负责全市特种设备安全监督管理';

/** Duties of the city's other departments, each of its own subject. */
const UNRELATED = [
  '负责全市中小学教师队伍建设，组织实施教师资格认定',
  '负责全市国库集中收付管理，管理财政专户资金',
  '负责全市城乡居民基本养老保险经办',
  '负责全市水土保持和河道堤防工程建设管理',
  '负责全市农村宅基地改革和管理',
  '负责全市公共图书馆和文化馆的业务指导',
  '负责全市体育赛事活动的组织和管理',
  '负责全市国有土地上房屋征收与补偿',
  '负责全市机动车排气污染防治的监督管理',
  '负责全市退役军人就业创业扶持',
];

function department(id: string, jurisdiction: string, ...titles: string[]): string {
  return yaml`
    kind: department
    id: ${id}
    name: ${id}
    jurisdiction: ${jurisdiction}
    duties:
  ` + titles.map((title, i) => `  - id: d${i + 1}\n    title: ${title}\n`).join('');
}

/** The city's ten departments of their own subjects. */
const others = Object.fromEntries(UNRELATED.map((title, k) => [`zj/o${k}.yaml`, department(`zj.o${k}`, 'zj', title)]));

describe('same-duty pairs', () => {
  it('pairs every holder of a text with every other, within each government and never across', async () => {
    const result = await lintCatalogue({
      'zj/a.yaml': department('zj.a', 'zj', SAME, OTHER),
      'zj/b.yaml': department('zj.b', 'zj', SAME),
      'zj/c.yaml': department('zj.c', 'zj', OTHER, NEAR),
      'zj/d.yaml': department('zj.d', 'zj', NEAR),
      ...others,
      'zj/rz/a.yaml': department('zj.rz.a', 'zj.rz', SAME),
      'zj/rz/b.yaml': department('zj.rz.b', 'zj.rz', SAME, NEAR),
    });
    const pairs = result.context.sameDutyPairs(0.5).map((p) => `${p.a.ref} ${p.b.ref} ${p.score === 1 ? 1 : 'near'}`);
    expect(pairs.sort()).toEqual([
      'zj.a/d1 zj.b/d1 1',
      'zj.a/d1 zj.c/d2 near',
      'zj.a/d1 zj.d/d1 near',
      'zj.a/d2 zj.c/d1 1',
      'zj.b/d1 zj.c/d2 near',
      'zj.b/d1 zj.d/d1 near',
      'zj.c/d2 zj.d/d1 1',
      'zj.rz.a/d1 zj.rz.b/d1 1',
      'zj.rz.a/d1 zj.rz.b/d2 near',
    ]);
  });

  it('makes a text that many departments of a government carry boilerplate there, pairing with nothing', async () => {
    const result = await lintCatalogue({
      // Three of the city's four departments carry SAME: boilerplate in the city.
      'zj/a.yaml': department('zj.a', 'zj', SAME),
      'zj/b.yaml': department('zj.b', 'zj', SAME),
      'zj/c.yaml': department('zj.c', 'zj', SAME, OTHER),
      'zj/d.yaml': department('zj.d', 'zj', OTHER),
    });
    const generic = (ref: string) => result.context.isGeneric(result.graph.dutyByRef.get(ref)!);
    expect(['zj.a/d1', 'zj.b/d1', 'zj.c/d1', 'zj.c/d2', 'zj.d/d1'].map(generic)).toEqual([true, true, true, false, false]);
    // Two of four carry OTHER: too few for boilerplate, a pair.
    const pairs = result.context.sameDutyPairs(0.5).map((p) => `${p.a.ref} ${p.b.ref} ${p.score === 1 ? 1 : 'near'}`);
    expect(pairs.sort()).toEqual(['zj.c/d2 zj.d/d1 1']);
  });
});
