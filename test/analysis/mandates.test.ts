import { describe, expect, it } from 'vitest';
import { findingsOf, lintCatalogue, yaml } from '../rules/helpers.js';

/**
 * Mandate inference for a department whose counterparts belong to two higher governments:
 * the lower duty's text is asked of each, and the answers are merged best first.
 */

const PROVINCE_AMR = yaml`
  kind: department
  id: js.amr
  name: 江苏省市场监督管理局
  jurisdiction: js
  duties:
    - id: food-safety
      title: 负责全省食品安全监督管理，制定全省食品安全监督抽检计划并组织实施，组织开展食品安全风险监测、评估和预警交流，定期公布抽检结果
`;

const CITY_AMR = yaml`
  kind: department
  id: zj.amr
  name: 镇江市市场监督管理局
  jurisdiction: zj
  duties:
    - id: food-safety
      title: 负责全市食品安全监督管理，组织开展食品安全抽样检验和风险监测工作
    - id: special-equipment
      title: 负责全市特种设备安全监督管理
`;

const DISTRICT_AMR = yaml`
  kind: department
  id: zj.rz.amr
  name: 润州区市场监督管理局
  jurisdiction: zj.rz
  counterparts: [zj.amr, js.amr]
  duties:
    - id: food-safety
      title: 负责全区食品安全监督管理，组织开展食品安全抽样检验和风险监测工作
    - id: special-equipment
      title: 负责全区特种设备安全监督管理
      mandate: [zj.amr/special-equipment]
`;

describe('mandate inference across two higher governments', () => {
  it('merges the matches in the city and the province, best first', async () => {
    const result = await lintCatalogue({ 'js/amr.yaml': PROVINCE_AMR, 'zj/amr.yaml': CITY_AMR, 'zj/rz/amr.yaml': DISTRICT_AMR });
    const edges = (ref: string) => result.context.mandatesOf(result.graph.dutyByRef.get(ref)!)
      .map((e) => ({ ref: e.duty.ref, inferred: e.inferred, score: e.score }));

    const food = edges('zj.rz.amr/food-safety');
    // The city's text is nearer (the district copied it), so it comes first, then the province's,
    // which says more than the district's duty holds.
    expect(food.map((e) => e.ref)).toEqual(['zj.amr/food-safety', 'js.amr/food-safety']);
    expect(food.every((e) => e.inferred)).toBe(true);
    expect(food[0]!.score!).toBeGreaterThan(food[1]!.score!);
    // Explicit references are edges of their own kind, without a score.
    expect(edges('zj.rz.amr/special-equipment')).toEqual([{ ref: 'zj.amr/special-equipment', inferred: false, score: undefined }]);
    // Both food-safety duties above are covered from below; nothing is unfounded.
    expect(findingsOf(result, 'mandate-gap')).toEqual([]);
    expect(findingsOf(result, 'unfounded-duty')).toEqual([]);
  });
});
