import { describe, expect, it } from 'vitest';
import { expectChinese, findingsOf, lintCatalogue, mentioning, withFields, yaml } from './helpers.js';

/**
 * multiple-leads (error): one duty led (role: lead) by more than one department of a
 * jurisdiction (多头牵头), found by matching text or by the same mandate item.
 */

const EMERGENCY = yaml`
  kind: department
  id: zj.rz.emergency
  name: 润州区应急管理局
  jurisdiction: zj.rz
  duties:
    - id: work-safety-committee
      title: 承担区安全生产委员会日常工作，牵头负责全区安全生产综合监督管理
    - id: emergency-plan
      title: 负责全区应急预案体系建设，组织编制区总体应急预案
`;

// 区住建局 also claims 安委会's daily work and the lead of work safety, for its own sector.
const HOUSING = yaml`
  kind: department
  id: zj.rz.housing
  name: 润州区住房和城乡建设局
  jurisdiction: zj.rz
  duties:
    - id: work-safety
      title: 承担区安全生产委员会日常工作，牵头负责全区建筑施工领域安全生产综合监督管理
    - id: housing-security
      title: 负责全区保障性住房建设管理，组织实施公共租赁住房分配和租赁补贴发放
`;

function workSafety(extra: { emergency?: string[]; housing?: string[] } = {}): Record<string, string> {
  return {
    'zj/rz/emergency.yaml': withFields(EMERGENCY, 'work-safety-committee', ...(extra.emergency ?? [])),
    'zj/rz/housing.yaml': withFields(HOUSING, 'work-safety', ...(extra.housing ?? [])),
  };
}

describe('multiple-leads', () => {
  it('fires when two departments both declare role: lead on matching texts', async () => {
    const result = await lintCatalogue(workSafety({ emergency: ['role: lead'], housing: ['role: lead'] }));
    const found = findingsOf(result, 'multiple-leads');
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'multiple-leads',
        severity: 'error',
        file: 'zj/rz/emergency.yaml',
        line: 6,
        column: 5,
        department: 'zj.rz.emergency',
        duty: 'zj.rz.emergency/work-safety-committee',
        related: [{
          department: 'zj.rz.housing', duty: 'zj.rz.housing/work-safety', file: 'zj/rz/housing.yaml', line: 6, column: 5,
        }],
        inferred: true,
      }),
    ]);
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.5);
    expect(found[0]!.score).toBeLessThan(1);
    expect(found[0]!.terms).toEqual(expect.arrayContaining([expect.stringContaining('安全生产')]));
    expect(found[0]!.message).toEqual(mentioning(
      '承担区安全生产委员会日常工作，牵头负责全区建筑施工领域安全生产综合监督管理', '润州区住房和城乡建设局', 'zj.rz.housing/work-safety',
      found[0]!.score!,
    ));
    expect(findingsOf(result, 'overlap')).toEqual([]);
    expect(result.summary.errors).toBe(1);
  });

  it('renders its message in Chinese with lang zh', async () => {
    const result = await lintCatalogue(workSafety({ emergency: ['role: lead'], housing: ['role: lead'] }), { lang: 'zh' });
    const [finding] = findingsOf(result, 'multiple-leads');
    expectChinese(finding!.message,
      '承担区安全生产委员会日常工作，牵头负责全区建筑施工领域安全生产综合监督管理', '润州区住房和城乡建设局', 'zj.rz.housing/work-safety',
      finding!.score!);
  });

  it('fires when one lead holds 安委会\'s daily work and the other that of its office 安委办, on the same text otherwise', async () => {
    // The committee's daily work is what its office does: 安全生产委员会办公室 names 安全生产委员会.
    const result = await lintCatalogue({
      'zj/rz/emergency.yaml': withFields(EMERGENCY, 'work-safety-committee', 'role: lead'),
      'zj/rz/housing.yaml': withFields(HOUSING.replace(
        '承担区安全生产委员会日常工作，牵头负责全区建筑施工领域安全生产综合监督管理',
        '承担区安全生产委员会办公室日常工作，牵头负责全区安全生产综合监督管理',
      ), 'work-safety', 'role: lead'),
    });
    expect(findingsOf(result, 'multiple-leads')).toEqual([
      expect.objectContaining({
        duty: 'zj.rz.emergency/work-safety-committee',
        related: [expect.objectContaining({ duty: 'zj.rz.housing/work-safety' })],
        inferred: true,
      }),
    ]);
  });

  it('fires when two leads implement the same mandate item, whatever their texts (inferred false)', async () => {
    const result = await lintCatalogue({
      'zj/emergency.yaml': yaml`
        kind: department
        id: zj.emergency
        name: 镇江市应急管理局
        jurisdiction: zj
        duties:
          - id: flood-control
            title: 承担市防汛抗旱指挥部日常工作，组织协调全市防汛抗旱
      `,
      'zj/rz/emergency.yaml': yaml`
        kind: department
        id: zj.rz.emergency
        name: 润州区应急管理局
        jurisdiction: zj.rz
        counterparts: [zj.emergency]
        duties:
          - id: flood-control
            title: 承担区防汛抗旱指挥部日常工作
            role: lead
            mandate: [zj.emergency/flood-control]
      `,
      'zj/rz/water.yaml': yaml`
        kind: department
        id: zj.rz.water
        name: 润州区水利局
        jurisdiction: zj.rz
        counterparts: [zj.emergency]
        duties:
          - id: river-levees
            title: 牵头组织全区河道堤防汛期巡查
            role: lead
            mandate: [zj.emergency/flood-control]
      `,
    });
    const found = findingsOf(result, 'multiple-leads');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'zj/rz/emergency.yaml', line: 7, column: 5,
        duty: 'zj.rz.emergency/flood-control',
        related: [expect.objectContaining({ duty: 'zj.rz.water/river-levees', file: 'zj/rz/water.yaml', line: 7, column: 5 })],
        inferred: false,
      }),
    ]);
    expect(found[0]).not.toHaveProperty('score');
    expect(found[0]!.message).toEqual(mentioning('润州区水利局', 'zj.rz.water/river-levees', 'zj.emergency/flood-control'));
    expect(findingsOf(result, 'overlap')).toEqual([]);
  });

  it('is settled to info by a division covering the pair', async () => {
    const result = await lintCatalogue({
      ...workSafety({ emergency: ['role: lead'], housing: ['role: lead'] }),
      'zj/rz/divisions.yaml': yaml`
        kind: division
        id: rz-work-safety
        jurisdiction: zj.rz
        subject: 安全生产综合监督管理
        parties:
          - department: zj.rz.emergency
            scope: 综合监管
          - department: zj.rz.housing
            scope: 建筑施工行业监管
      `,
    });
    expect(findingsOf(result, 'multiple-leads')).toEqual([
      expect.objectContaining({
        severity: 'info',
        related: [
          expect.objectContaining({ duty: 'zj.rz.housing/work-safety' }),
          { division: 'rz-work-safety', file: 'zj/rz/divisions.yaml', line: 1, column: 1 },
        ],
      }),
    ]);
  });

  describe('does not fire', () => {
    it('for a lead and a main on the same duty: that is an overlap', async () => {
      const result = await lintCatalogue(workSafety({ emergency: ['role: lead'] }));
      expect(findingsOf(result, 'multiple-leads')).toEqual([]);
      expect(findingsOf(result, 'overlap')).toEqual([
        expect.objectContaining({
          severity: 'warn', duty: 'zj.rz.emergency/work-safety-committee',
          related: [expect.objectContaining({ duty: 'zj.rz.housing/work-safety' })],
        }),
      ]);
    });

    it('for a lead and a support under it', async () => {
      const result = await lintCatalogue(workSafety({ emergency: ['role: lead'], housing: ['role: support', 'lead: zj.rz.emergency'] }));
      expect(findingsOf(result, 'multiple-leads')).toEqual([]);
      expect(findingsOf(result, 'overlap')).toEqual([]);
    });

    it('when one of the leads is cancelled', async () => {
      const result = await lintCatalogue(workSafety({ emergency: ['role: lead'], housing: ['role: lead', 'status: cancelled'] }));
      expect(findingsOf(result, 'multiple-leads')).toEqual([]);
    });

    it('for leads in different jurisdictions', async () => {
      const result = await lintCatalogue({
        'zj/rz/emergency.yaml': withFields(EMERGENCY, 'work-safety-committee', 'role: lead'),
        'zj/dt/housing.yaml': withFields(
          HOUSING.replace('id: zj.rz.housing', 'id: zj.dt.housing').replace('jurisdiction: zj.rz', 'jurisdiction: zj.dt'),
          'work-safety', 'role: lead',
        ),
      });
      expect(findingsOf(result, 'multiple-leads')).toEqual([]);
    });

    it('for leads of unrelated duties', async () => {
      const result = await lintCatalogue({
        'zj/rz/emergency.yaml': withFields(EMERGENCY, 'emergency-plan', 'role: lead'),
        'zj/rz/housing.yaml': withFields(HOUSING, 'housing-security', 'role: lead'),
      });
      expect(findingsOf(result, 'multiple-leads')).toEqual([]);
    });

    it('when the rule is turned off', async () => {
      const result = await lintCatalogue(
        workSafety({ emergency: ['role: lead'], housing: ['role: lead'] }),
        { rules: { 'multiple-leads': 'off' } },
      );
      expect(result.findings).toEqual([]);
    });
  });
});
