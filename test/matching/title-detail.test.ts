import { describe, expect, it } from 'vitest';
import { explainPair } from '../../src/explain/explain.js';
import { lintCatalogue } from '../rules/helpers.js';
import { catalogue, cityDepartment, cityDepartments, d, dutyOf, overlapOf, withDuties } from './city.js';

/**
 * Class: a duty's title and its detail are separate evidence. Two duties are compared title
 * with title and whole text with whole text, and the better piece counts: a long detail
 * must not drown a title that names the same work as the other duty's title.
 * (src/matching/evidence.ts overlapScore.)
 */

// 交通运输局 and 住建局 both claim 城市公共交通运营 in their titles; their details list
// quite different work (bus network planning; roads, bridges and sponge-city building).
const BUS_TRANSPORT = d('bus', '负责全市城市公共交通运营监督管理',
  '拟订全市公交线网规划，组织编制公交场站建设计划，审核公交线路开通、调整和撤销，监督公交企业服务质量考核，指导公交一卡通系统建设');
const BUS_HOUSING = d('bus', '指导全市城市公共交通运营管理',
  '组织城市道路、桥梁、隧道等市政基础设施建设维护，承担城市照明设施和排水防涝设施运行监管，推进海绵城市建设');

function city(housingBus = BUS_HOUSING) {
  return catalogue([
    ...withDuties(cityDepartments(), 'al.transport', BUS_TRANSPORT),
    cityDepartment('housing', '安澜市住房和城乡建设局', [
      d('gas', '负责全市城镇燃气行业管理，监督燃气经营企业安全运营'),
      d('property', '负责全市物业管理活动的监督管理'),
      housingBus,
    ]),
  ]);
}

describe('title and detail as separate evidence', () => {
  it('reports two duties whose titles name the same work, though their long details differ', async () => {
    const result = await lintCatalogue(city());
    const finding = overlapOf(result, 'al.transport/bus', 'al.housing/bus');
    expect(finding).toBeDefined();
    expect(finding!.score).toBe(1);
    expect(finding!.terms).toContain('城市公共交通运营');

    // Whole text against whole text, the details drown the titles: below even the mutual threshold.
    const evidence = explainPair(result.context, dutyOf(result, 'al.transport/bus'), dutyOf(result, 'al.housing/bus')).evidence.overlap!;
    expect(evidence.texts).toBeLessThan(0.25);
    expect(evidence.titles).toBe(1);
    expect(evidence.by).toBe('titles');
  });

  it('reports a title restated without detail beside the same title with a long detail', async () => {
    // 住建局's duty is its title alone; 交通运输局's carries five clauses of detail.
    const result = await lintCatalogue(city(d('bus', '负责全市城市公共交通运营管理')));
    const finding = overlapOf(result, 'al.transport/bus', 'al.housing/bus');
    expect(finding).toBeDefined();
    expect(finding!.score).toBeGreaterThanOrEqual(0.9);
    const evidence = explainPair(result.context, dutyOf(result, 'al.transport/bus'), dutyOf(result, 'al.housing/bus')).evidence.overlap!;
    expect(evidence.texts).toBeLessThan(0.45);
  });

  it('does not report a duty whose title names other work, its detail touching the same city', async () => {
    // Same detail frame, different work in the titles: neither piece finds one duty.
    const result = await lintCatalogue(city(d('bus', '负责全市城市排水防涝设施运行管理',
      '组织城市道路、桥梁、隧道等市政基础设施建设维护，推进海绵城市建设')));
    expect(overlapOf(result, 'al.transport/bus', 'al.housing/bus')).toBeUndefined();
  });
});
