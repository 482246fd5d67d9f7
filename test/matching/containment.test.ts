import { describe, expect, it } from 'vitest';
import { explainPair } from '../../src/explain/explain.js';
import { lintCatalogue } from '../rules/helpers.js';
import { catalogue, cityDepartment, cityDepartments, d, dutyOf, overlapOf, withDuties, type DutySpec } from './city.js';

/**
 * Class: containment. A one-line duty that is one part of a long duty of another department
 * (one item of its title's list, or of its detail) is the same duty in part: how much of
 * the short title the long text holds counts, not only how alike the two texts are as wholes.
 * (src/matching/evidence.ts overlapScore 'both-contained' / 'contained'.)
 */

// 市场监管局's special-equipment duty lists, in its detail, every kind of equipment it inspects.
const SPECIAL_EQUIPMENT = d('special-equipment', '负责全市特种设备安全监督管理',
  '组织开展锅炉、压力容器、压力管道、电梯、起重机械、客运索道、大型游乐设施和厂内专用机动车辆的安全监察，' +
  '监督检查特种设备的生产、经营、使用、检验检测，组织调查处理特种设备事故并进行统计分析，' +
  '监督管理特种设备检验检测机构和检验检测人员、作业人员，推进特种设备安全追溯体系建设');

// 林草局's resources duty lists, in its title, every kind of resource it protects.
const FOREST_RESOURCES = d('resources', '负责全市森林、湿地、荒漠和陆生野生动植物资源监督管理，组织开展林木采伐、林地占用审核和古树名木保护');

function city(culture: DutySpec[], nr: DutySpec[]) {
  return catalogue([
    ...withDuties(withDuties(cityDepartments(), 'al.amr', SPECIAL_EQUIPMENT), 'al.forestry', FOREST_RESOURCES),
    cityDepartment('culture', '安澜市文化广电和旅游局', [
      d('heritage', '负责全市文物保护和非物质文化遗产保护传承'),
      d('tourism', '负责全市旅游市场秩序监督管理，组织开展A级旅游景区评定'),
      ...culture,
    ]),
    cityDepartment('nr', '安澜市自然资源和规划局', [
      d('survey', '负责全市自然资源调查监测评价和统一确权登记'),
      d('land-use', '负责全市国土空间用途管制，组织编制国土空间规划'),
      ...nr,
    ]),
  ]);
}

describe('containment', () => {
  it('reports a one-line duty that is one item of another department\'s detail', async () => {
    const result = await lintCatalogue(city([d('rides', '负责全市大型游乐设施和客运索道安全监督管理')], []));
    const finding = overlapOf(result, 'al.amr/special-equipment', 'al.culture/rides');
    expect(finding).toBeDefined();
    expect(finding!.score).toBeGreaterThanOrEqual(0.45);
    expect(finding!.terms).toEqual(expect.arrayContaining(['大型游乐设施', '客运索道']));

    const evidence = explainPair(result.context, dutyOf(result, 'al.amr/special-equipment'), dutyOf(result, 'al.culture/rides')).evidence.overlap!;
    // The short title is all in the long detail; as wholes the two are far apart.
    expect(evidence.bInA).toBe(1);
    expect(evidence.titles).toBeLessThan(0.25);
    expect(evidence.texts).toBeLessThan(0.25);
    expect(evidence.by).toBe('contained');
  });

  it('reports a one-line duty that is one item of the list in another department\'s title', async () => {
    const result = await lintCatalogue(city([], [d('wetland', '负责全市湿地保护管理')]));
    const finding = overlapOf(result, 'al.forestry/resources', 'al.nr/wetland');
    expect(finding).toBeDefined();
    expect(finding!.score).toBeGreaterThanOrEqual(0.45);
    expect(finding!.terms).toContain('湿地');

    const evidence = explainPair(result.context, dutyOf(result, 'al.forestry/resources'), dutyOf(result, 'al.nr/wetland')).evidence.overlap!;
    expect(evidence.bInA).toBe(1);
    expect(evidence.titles).toBeLessThan(0.25);
    expect(evidence.texts).toBeLessThan(0.25);
  });

  it('does not report a one-line duty of which the long duty holds only a word', async () => {
    // 旅游景区 is not in the special-equipment duty; 安全 alone is every department's word.
    const result = await lintCatalogue(city([d('scenic-safety', '负责全市A级旅游景区安全管理')], []));
    expect(overlapOf(result, 'al.amr/special-equipment', 'al.culture/scenic-safety')).toBeUndefined();
  });

  it('scores two duties each of whose titles is in the other\'s detail as one duty', async () => {
    const result = await lintCatalogue(catalogue([
      ...withDuties(cityDepartments(), 'al.transport', d('bus', '负责全市城市公共交通运营监督管理', '指导出租汽车行业发展，拟订公交线网规划，监督公交企业服务质量考核')),
      cityDepartment('housing', '安澜市住房和城乡建设局', [
        d('taxi', '负责全市出租汽车行业管理', '配合做好城市公共交通运营保障，组织城市道路桥梁建设维护，推进海绵城市建设'),
      ]),
    ]));
    const evidence = explainPair(result.context, dutyOf(result, 'al.transport/bus'), dutyOf(result, 'al.housing/taxi')).evidence.overlap!;
    expect(evidence.by).toBe('both-contained');
    expect(evidence.score).toBe(1);
  });
});
