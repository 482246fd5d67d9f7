import { describe, expect, it } from 'vitest';
import { lintCatalogue } from '../rules/helpers.js';
import { catalogue, cityDepartment, cityDepartments, d, overlapOf, weightOf, type DutySpec } from './city.js';

/**
 * Class: term weights come from departments, not duties. A word is common in a government
 * when many of its departments use it, however many duties each writes: a department with
 * a long list of duties that all use its own word (消防救援支队: 消防) does not make that word
 * common, while a word most departments use (安全, 管理) weighs little.
 * (src/matching/weights.ts: rarity by department share; countInGovernment counts a term
 * once per department.)
 */

// 教育局's campus duty and 消防救援支队's publicity duty both speak of 消防宣传教育.
const CAMPUS = d('campus', '组织开展全市中小学校园消防宣传教育');
const PUBLICITY = d('publicity', '组织开展全市消防宣传教育和消防安全培训');

// The rest of 消防救援支队's 三定: every duty says 消防 (or 火灾) again.
const FIRE_LIST: DutySpec[] = [
  d('inspection', '负责全市消防监督检查，依法查处消防违法行为'),
  d('investigation', '负责全市火灾事故调查和火灾统计'),
  d('forces', '指导全市专职消防队和志愿消防队建设'),
  d('stations', '参与编制全市消防规划，推进消防站和市政消火栓建设'),
  d('rescue', '承担全市综合性消防救援任务，组织开展火灾扑救和应急救援'),
  d('products', '负责全市消防产品使用领域监督检查'),
  d('units', '指导消防安全重点单位落实消防安全责任制'),
];

function city(fireDuties: DutySpec[]) {
  return catalogue([
    ...cityDepartments(),
    cityDepartment('fire', '安澜市消防救援支队', [PUBLICITY, ...fireDuties]),
    cityDepartment('edu', '安澜市教育局', [d('teachers', '负责全市中小学教师队伍建设'), CAMPUS]),
  ]);
}

describe('weights from departments, not duties', () => {
  it('weighs a word the same whether its one department writes it once or in every duty', async () => {
    const short = await lintCatalogue(city([]));
    const long = await lintCatalogue(city(FIRE_LIST));
    // 消防 is used by two departments in both catalogues: in one duty or in eight of the brigade's.
    expect(weightOf(long, 'al.fire/publicity', '消防')).toBeGreaterThan(0.5);
    expect(weightOf(long, 'al.fire/publicity', '消防')).toBe(weightOf(short, 'al.fire/publicity', '消防'));
    // So the two departments' 消防宣传教育 scores the same in both.
    const before = overlapOf(short, 'al.fire/publicity', 'al.edu/campus');
    const after = overlapOf(long, 'al.fire/publicity', 'al.edu/campus');
    expect(before).toBeDefined();
    expect(after).toBeDefined();
    expect(after!.score).toBe(before!.score);
    expect(after!.terms).toEqual(before!.terms);
  });

  it('weighs a word many departments use less than a word one department uses often', async () => {
    const result = await lintCatalogue(city(FIRE_LIST));
    // 安全 is in the duties of 应急, 市场监管, 农业农村, 消防, 教育…; 消防 in those of two departments.
    const common = weightOf(result, 'al.fire/publicity', '安全');
    const own = weightOf(result, 'al.fire/publicity', '消防');
    expect(common).toBeGreaterThan(0);
    expect(common).toBeLessThan(0.2);
    expect(own).toBeGreaterThan(2 * common);
  });
});
