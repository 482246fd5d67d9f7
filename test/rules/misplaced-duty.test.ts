import { describe, expect, it } from 'vitest';
import { appendDuty, expectChinese, findingsOf, lintCatalogue, mentioning, withFields, yaml } from './helpers.js';

/**
 * misplaced-duty (warn): a lower-level duty that implements a higher-level duty of a
 * department that is not among its counterparts (错位), by an explicit mandate or, without
 * one, by text when no counterpart duty matches at all.
 */

const CITY_ENV = yaml`
  kind: department
  id: zj.env
  name: 镇江市生态环境局
  jurisdiction: zj
  duties:
    - id: construction-dust
      title: 负责全市建筑工地和道路扬尘污染防治的统一监督管理
    - id: water-environment
      title: 负责全市水环境质量监测和入河排污口设置管理
`;

const CITY_HOUSING = yaml`
  kind: department
  id: zj.housing
  name: 镇江市住房和城乡建设局
  jurisdiction: zj
  duties:
    - id: construction-safety
      title: 负责全市建筑施工安全生产监督管理
    - id: old-community
      title: 负责全市老旧小区改造的组织实施
`;

// 区住建局 implements 市住建局 only, yet one duty mirrors 市生态环境局.
const DISTRICT_HOUSING = yaml`
  kind: department
  id: zj.rz.housing
  name: 润州区住房和城乡建设局
  jurisdiction: zj.rz
  counterparts: [zj.housing]
  duties:
    - id: construction-dust
      title: 负责全区建筑工地扬尘污染防治监督管理
    - id: old-community
      title: 负责全区老旧小区改造项目实施
      mandate: [zj.housing/old-community]
`;

const city = { 'zj/env.yaml': CITY_ENV, 'zj/housing.yaml': CITY_HOUSING };

describe('misplaced-duty', () => {
  describe('by an explicit mandate', () => {
    it("fires at the mandate item that names a duty of a department outside the counterparts", async () => {
      const district = withFields(DISTRICT_HOUSING, 'construction-dust',
        'mandate:',
        '  - zj.housing/construction-safety',
        '  - zj.env/construction-dust');
      const result = await lintCatalogue({ ...city, 'zj/rz/housing.yaml': district });
      const found = findingsOf(result, 'misplaced-duty');
      expect(found).toEqual([
        expect.objectContaining({
          rule: 'misplaced-duty',
          severity: 'warn',
          file: 'zj/rz/housing.yaml',
          line: 11,
          column: 9,
          pointer: '/duties/0/mandate/1',
          department: 'zj.rz.housing',
          duty: 'zj.rz.housing/construction-dust',
          related: [{ department: 'zj.env', duty: 'zj.env/construction-dust', file: 'zj/env.yaml', line: 6, column: 5 }],
          inferred: false,
        }),
      ]);
      expect(found[0]).not.toHaveProperty('score');
      expect(found[0]!.message).toEqual(mentioning(
        '负责全市建筑工地和道路扬尘污染防治的统一监督管理', '镇江市生态环境局', 'zj.env/construction-dust', 'zj.housing',
      ));
    });

    it('renders its message in Chinese with lang zh', async () => {
      const district = withFields(DISTRICT_HOUSING, 'construction-dust', 'mandate: [zj.env/construction-dust]');
      const result = await lintCatalogue({ ...city, 'zj/rz/housing.yaml': district }, { lang: 'zh' });
      const found = findingsOf(result, 'misplaced-duty');
      expect(found).toEqual([expect.objectContaining({ line: 9, column: 15 })]);
      expectChinese(found[0]!.message,
        '负责全市建筑工地和道路扬尘污染防治的统一监督管理', '镇江市生态环境局', 'zj.env/construction-dust', 'zj.housing');
    });

    it('is quiet for a mandate to a duty of a counterpart', async () => {
      // old-community: mandate [zj.housing/old-community]
      const result = await lintCatalogue({ ...city, 'zj/rz/housing.yaml': DISTRICT_HOUSING.replace(/ {2}- id: construction-dust\n.*\n/, '') });
      expect(findingsOf(result, 'misplaced-duty')).toEqual([]);
    });

    it('wins over inference: a text close to a non-counterpart duty is quiet with a mandate to the counterpart', async () => {
      const district = withFields(DISTRICT_HOUSING, 'construction-dust', 'mandate: [zj.housing/construction-safety]');
      const result = await lintCatalogue({ ...city, 'zj/rz/housing.yaml': district });
      expect(findingsOf(result, 'misplaced-duty')).toEqual([]);
    });

    it('is quiet for a cancelled duty', async () => {
      const district = withFields(DISTRICT_HOUSING, 'construction-dust', 'mandate: [zj.env/construction-dust]', 'status: cancelled');
      const result = await lintCatalogue({ ...city, 'zj/rz/housing.yaml': district });
      expect(findingsOf(result, 'misplaced-duty')).toEqual([]);
    });

    it('leaves a mandate to a duty that does not exist to dangling-reference', async () => {
      const district = withFields(DISTRICT_HOUSING, 'construction-dust', 'mandate: [zj.env/road-dust]');
      const result = await lintCatalogue({ ...city, 'zj/rz/housing.yaml': district });
      expect(findingsOf(result, 'misplaced-duty')).toEqual([]);
      expect(findingsOf(result, 'dangling-reference')).toHaveLength(1);
    });
  });

  describe('by text', () => {
    it('fires when the duty matches a non-counterpart duty and no counterpart duty at all', async () => {
      const result = await lintCatalogue({ ...city, 'zj/rz/housing.yaml': DISTRICT_HOUSING });
      const found = findingsOf(result, 'misplaced-duty');
      expect(found).toEqual([
        expect.objectContaining({
          severity: 'warn',
          file: 'zj/rz/housing.yaml',
          line: 7,
          column: 5,
          pointer: '/duties/0',
          department: 'zj.rz.housing',
          duty: 'zj.rz.housing/construction-dust',
          related: [{ department: 'zj.env', duty: 'zj.env/construction-dust', file: 'zj/env.yaml', line: 6, column: 5 }],
          inferred: true,
        }),
      ]);
      expect(found[0]!.score).toBeGreaterThanOrEqual(0.3);
      expect(found[0]!.score).toBeLessThan(1);
      // Shared terms are phrases of the text (建筑工地扬尘污染防治), whichever way they are cut.
      expect(found[0]!.terms).toEqual(expect.arrayContaining([expect.stringContaining('扬尘污染防治')]));
      expect(found[0]!.terms).toEqual(expect.arrayContaining([expect.stringContaining('建筑工地')]));
      expect(found[0]!.message).toEqual(mentioning(
        '负责全市建筑工地和道路扬尘污染防治的统一监督管理', '镇江市生态环境局', 'zj.env/construction-dust', 'zj.housing',
        found[0]!.score!, '扬尘污染防治', '建筑工地',
      ));
    });

    it('is quiet when a duty of a counterpart matches as well, even less closely: the duty implements the counterpart duty', async () => {
      const housing = appendDuty(CITY_HOUSING,
        'id: civilised-construction',
        'title: 负责全市建筑工地文明施工管理，督促落实扬尘污染防治措施');
      const result = await lintCatalogue({ 'zj/env.yaml': CITY_ENV, 'zj/housing.yaml': housing, 'zj/rz/housing.yaml': DISTRICT_HOUSING });
      expect(findingsOf(result, 'misplaced-duty')).toEqual([]);
      const edges = result.context.mandatesOf(result.graph.dutyByRef.get('zj.rz.housing/construction-dust')!);
      // The counterpart is asked first: its duty is the mandate, and the closer non-counterpart one is none.
      expect(edges.map((e) => e.duty.ref)).toEqual(['zj.housing/civilised-construction']);
      expect(edges[0]).toMatchObject({ inferred: true });
    });

    it('is quiet for a department without counterparts', async () => {
      const result = await lintCatalogue({
        ...city,
        'zj/rz/housing.yaml': DISTRICT_HOUSING.replace('counterparts: [zj.housing]\n', '').replace(/ {4}mandate: .*\n/, ''),
      });
      expect(findingsOf(result, 'misplaced-duty')).toEqual([]);
    });
  });

  it('does not make the non-counterpart match an unfounded duty: it is founded, only misplaced', async () => {
    const result = await lintCatalogue({ ...city, 'zj/rz/housing.yaml': DISTRICT_HOUSING });
    expect(findingsOf(result, 'unfounded-duty')).toEqual([]);
  });
});
