import { describe, expect, it } from 'vitest';
import { lintCatalogue } from '../rules/helpers.js';
import { catalogue, cityDepartment, cityDepartments, d, dutyOf, overlapOf, withDuties, type DeptSpec } from './city.js';

/**
 * Class: one shared thing is not a pair. Two duties of different departments that share a
 * single general word (医疗 in 医疗质量管理 and 医疗服务价格管理) touch one subject; they are not
 * one duty. A pair needs two shared things (a term of art or a compound shared with its
 * parts counts as two, a word of procedure such as 许可证 or 核发 as none), or a score of 0.8,
 * or one title wholly held by the other duty. (src/matching/pairs.ts PAIR_THINGS,
 * ONE_THING_SCORE, sharesEnough; src/matching/evidence.ts sharedConcepts.)
 */

const eco = (permits: string): DeptSpec => cityDepartment('eco', '安澜市生态环境局', [
  d('permits', permits),
  d('water', '负责全市水环境质量监测和入河排污口监督管理'),
]);

describe('one shared thing is not a pair', () => {
  it('does not report two duties that share one general word, however high they score', async () => {
    let depts = cityDepartments();
    depts = withDuties(depts, 'al.health', d('quality', '负责全市医疗质量管理'));
    depts = withDuties(depts, 'al.healthsec', d('service-price', '负责全市医疗服务价格管理'));
    const result = await lintCatalogue(catalogue(depts));
    const a = dutyOf(result, 'al.health/quality');
    const b = dutyOf(result, 'al.healthsec/service-price');
    expect(result.context.matcher.overlapScore(a, b)).toBeGreaterThanOrEqual(0.45);
    expect(result.context.matcher.sharedThings(a, b)).toBe(1);
    expect(overlapOf(result, a.ref, b.ref)).toBeUndefined();
    expect(result.context.sameDutyPairs(0.45).filter((p) => p.a.department.id === 'al.health')).toEqual([]);
  });

  it('does not count words of procedure: two licences of different subjects are not a pair', async () => {
    const result = await lintCatalogue(catalogue([
      ...withDuties(cityDepartments(), 'al.emergency', d('permits', '负责全市危险化学品安全生产许可证核发')),
      eco('负责全市排污许可证核发'),
    ]));
    const a = dutyOf(result, 'al.emergency/permits');
    const b = dutyOf(result, 'al.eco/permits');
    expect(result.context.matcher.overlapScore(a, b)).toBeGreaterThanOrEqual(0.25);
    expect(result.context.matcher.sharedThings(a, b)).toBe(0);
    expect(overlapOf(result, a.ref, b.ref)).toBeUndefined();
  });

  it('reports two duties that share two things', async () => {
    // 河道采砂 is a compound shared with both its parts: one thing named precisely, counted as two.
    const result = await lintCatalogue(catalogue([
      ...withDuties(cityDepartments(), 'al.water', d('sand', '负责全市河道采砂的统一监督管理')),
      cityDepartment('nr', '安澜市自然资源和规划局', [d('sand', '负责全市河道采砂监督管理，查处非法采砂行为')]),
    ]));
    const a = dutyOf(result, 'al.water/sand');
    const b = dutyOf(result, 'al.nr/sand');
    expect(result.context.matcher.sharedThings(a, b)).toBe(2);
    const finding = overlapOf(result, a.ref, b.ref);
    expect(finding).toBeDefined();
    expect(finding!.score).toBeLessThan(0.8);
  });

  it('reports a pair that shares one thing when one title is all the other duty holds', async () => {
    // 自然资源局's 湿地保护管理 is one item of the list in 林草局's title.
    const result = await lintCatalogue(catalogue([
      ...withDuties(cityDepartments(), 'al.forestry', d('resources', '负责全市森林、湿地、荒漠和陆生野生动植物资源监督管理，组织开展林木采伐、林地占用审核和古树名木保护')),
      cityDepartment('nr', '安澜市自然资源和规划局', [d('survey', '负责全市自然资源调查监测评价和统一确权登记'), d('wetland', '负责全市湿地保护管理')]),
    ]));
    const a = dutyOf(result, 'al.forestry/resources');
    const b = dutyOf(result, 'al.nr/wetland');
    expect(result.context.matcher.sharedThings(a, b)).toBe(1);
    const finding = overlapOf(result, a.ref, b.ref);
    expect(finding).toBeDefined();
    expect(finding!.score).toBeLessThan(0.8);
  });

  it('counts a compound shared with its parts as two things (农田水利)', async () => {
    const result = await lintCatalogue(catalogue([
      ...withDuties(cityDepartments(), 'al.water', d('farmland-water', '负责全市农田水利建设管理')),
      cityDepartment('agri', '安澜市农业农村局', [d('farmland-water', '指导全市农田水利设施管护')]),
    ]));
    const a = dutyOf(result, 'al.water/farmland-water');
    const b = dutyOf(result, 'al.agri/farmland-water');
    expect(result.context.matcher.sharedThings(a, b)).toBe(2);
    expect(overlapOf(result, a.ref, b.ref)).toBeDefined();
  });

  it('counts a term of art, a concept of three or more words, as two things (医养结合)', async () => {
    const result = await lintCatalogue(catalogue([
      ...withDuties(cityDepartments(), 'al.health', d('elderly-care', '推进全市医疗卫生与养老服务相结合')),
      cityDepartment('civil', '安澜市民政局', [d('elderly-care', '负责全市医养结合工作')]),
    ]));
    expect(result.context.matcher.sharedThings(dutyOf(result, 'al.health/elderly-care'), dutyOf(result, 'al.civil/elderly-care'))).toBe(2);
  });
});
