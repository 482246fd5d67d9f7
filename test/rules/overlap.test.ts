import { describe, expect, it } from 'vitest';
import { expectChinese, findingsOf, lintCatalogue, mentioning, withFields, yaml } from './helpers.js';

/**
 * overlap (warn): two departments of one jurisdiction hold the same or nearly the same
 * active duty, with no division and no lead/support split covering it (职责交叉).
 */

// 区市场监管局 and 区卫健委 both describe 食品安全风险监测, in different words.
const AMR = yaml`
  kind: department
  id: zj.rz.amr
  name: 润州区市场监督管理局
  jurisdiction: zj.rz
  duties:
    - id: food-risk-monitoring
      title: 负责全区食品安全风险监测和监督抽检，组织实施食品安全风险监测计划
    - id: special-equipment
      title: 负责全区特种设备安全监察，组织开展电梯、锅炉、压力容器等特种设备安全检查
`;

const HEALTH = yaml`
  kind: department
  id: zj.rz.health
  name: 润州区卫生健康委员会
  jurisdiction: zj.rz
  duties:
    - id: food-risk-monitoring
      title: 组织开展全区食品安全风险监测和评估，实施食品安全风险监测计划
    - id: disease-control
      title: 负责全区疾病预防控制，组织实施传染病防治和免疫规划
`;

/** The two departments, each optionally with extra fields on its food-risk-monitoring duty. */
function foodRisk(extra: { amr?: string[]; health?: string[] } = {}): Record<string, string> {
  return {
    'zj/rz/amr.yaml': withFields(AMR, 'food-risk-monitoring', ...(extra.amr ?? [])),
    'zj/rz/health.yaml': withFields(HEALTH, 'food-risk-monitoring', ...(extra.health ?? [])),
  };
}

describe('overlap', () => {
  it('fires for paraphrased duties of two departments of one jurisdiction', async () => {
    const result = await lintCatalogue(foodRisk());
    expect(findingsOf(result, 'overlap')).toEqual([
      expect.objectContaining({
        rule: 'overlap',
        severity: 'warn',
        file: 'zj/rz/amr.yaml',
        line: 6,
        column: 5,
        pointer: '/duties/0',
        department: 'zj.rz.amr',
        duty: 'zj.rz.amr/food-risk-monitoring',
        related: [{
          department: 'zj.rz.health', duty: 'zj.rz.health/food-risk-monitoring',
          file: 'zj/rz/health.yaml', line: 6, column: 5,
        }],
        inferred: true,
      }),
    ]);
    const [finding] = findingsOf(result, 'overlap');
    expect(finding!.score).toBeGreaterThanOrEqual(0.5);
    expect(finding!.score).toBeLessThan(0.9);
    // Shared terms are phrases read off the text (食品安全风险监测计划), not word fragments.
    expect(finding!.terms).toEqual(expect.arrayContaining([expect.stringContaining('食品安全风险监测')]));
    expect(finding!.terms!.every((t) => AMR.includes(t))).toBe(true);
    // The message tells the other duty, its department, the score and the shared terms.
    expect(finding!.message).toEqual(mentioning(
      '组织开展全区食品安全风险监测和评估，实施食品安全风险监测计划', '润州区卫生健康委员会', 'zj.rz.health/food-risk-monitoring',
      finding!.score!, '食品安全风险监测',
    ));
    expect(result.summary.warnings).toBe(1);
  });

  it('renders its message in Chinese with lang zh', async () => {
    const result = await lintCatalogue(foodRisk(), { lang: 'zh' });
    const [finding] = findingsOf(result, 'overlap');
    expectChinese(finding!.message,
      '组织开展全区食品安全风险监测和评估，实施食品安全风险监测计划', '润州区卫生健康委员会', 'zj.rz.health/food-risk-monitoring',
      finding!.score!, '食品安全风险监测');
  });

  it.each([
    ['the threshold for the rule', 'rules:\n  overlap:\n    threshold: 0.9\n'],
    ['the threshold for all matching', 'matching:\n  threshold: 0.9\n'],
    ['only the mutual threshold', 'matching:\n  mutual_threshold: 0.9\n'],
  ])('still fires for two duties that are each other\'s best match when %s is raised above their score', async (_what, config) => {
    const before = findingsOf(await lintCatalogue(foodRisk()), 'overlap');
    expect(before[0]!.score).toBeLessThan(0.9);
    const result = await lintCatalogue({ ...foodRisk(), 'duty-lint.config.yaml': config });
    // Above the threshold, or each other's best match above the mutual threshold: either reports the pair.
    expect(findingsOf(result, 'overlap')).toEqual([
      expect.objectContaining({ duty: 'zj.rz.amr/food-risk-monitoring', score: before[0]!.score }),
    ]);
  });

  it('fires for the same explicit mandate item, whatever the texts say (inferred false, no score)', async () => {
    const result = await lintCatalogue({
      'zj/amr.yaml': yaml`
        kind: department
        id: zj.amr
        name: 镇江市市场监督管理局
        jurisdiction: zj
        duties:
          - id: food-sampling
            title: 负责全市食品安全监督抽检，发布抽检信息并督促核查处置不合格食品
      `,
      'zj/rz/amr.yaml': yaml`
        kind: department
        id: zj.rz.amr
        name: 润州区市场监督管理局
        jurisdiction: zj.rz
        counterparts: [zj.amr]
        duties:
          - id: sampling
            title: 负责全区食品监督抽检
            mandate: [zj.amr/food-sampling]
      `,
      'zj/rz/agri.yaml': yaml`
        kind: department
        id: zj.rz.agri
        name: 润州区农业农村局
        jurisdiction: zj.rz
        counterparts: [zj.amr]
        duties:
          - id: farm-product-checks
            title: 承担农贸市场快检室运行
            mandate: [zj.amr/food-sampling]
      `,
    });
    const found = findingsOf(result, 'overlap');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warn',
        file: 'zj/rz/agri.yaml',
        line: 7,
        column: 5,
        duty: 'zj.rz.agri/farm-product-checks',
        related: [{
          department: 'zj.rz.amr', duty: 'zj.rz.amr/sampling', file: 'zj/rz/amr.yaml', line: 7, column: 5,
        }],
        inferred: false,
      }),
    ]);
    expect(found[0]).not.toHaveProperty('score');
    expect(found[0]).not.toHaveProperty('terms');
    expect(found[0]!.message).toEqual(mentioning('zj.amr/food-sampling', '润州区市场监督管理局', 'zj.rz.amr/sampling'));
  });

  it('matches English duty texts too', async () => {
    const result = await lintCatalogue({
      'amr.yaml': yaml`
        kind: department
        id: springfield.amr
        name: Springfield Market Regulation Bureau
        jurisdiction: springfield
        duties:
          - id: food-risk
            title: Monitor food safety risks and carry out the food safety risk monitoring plan
          - id: elevators
            title: Inspect elevators, boilers and pressure vessels
      `,
      'health.yaml': yaml`
        kind: department
        id: springfield.health
        name: Springfield Health Commission
        jurisdiction: springfield
        duties:
          - id: food-risk-monitoring
            title: Organize food safety risk monitoring and implement the monitoring plan
          - id: vaccination
            title: Plan and run the vaccination programme
      `,
    });
    const found = findingsOf(result, 'overlap');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warn', file: 'amr.yaml', line: 6, column: 5,
        duty: 'springfield.amr/food-risk',
        related: [expect.objectContaining({ duty: 'springfield.health/food-risk-monitoring' })],
        inferred: true,
      }),
    ]);
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.5);
    // Shared terms are phrases of the text (food safety risk monitoring), not single stems.
    expect(found[0]!.terms).toEqual(expect.arrayContaining([expect.stringContaining('food safety risk')]));
  });

  describe('text normalisation', () => {
    it('matches traditional characters with simplified ones', async () => {
      const result = await lintCatalogue({
        'zj/rz/amr.yaml': AMR,
        'zj/rz/health.yaml': HEALTH.replace(
          '组织开展全区食品安全风险监测和评估，实施食品安全风险监测计划',
          '組織開展全區食品安全風險監測和評估，實施食品安全風險監測計劃',
        ),
      });
      const simplified = findingsOf(await lintCatalogue(foodRisk()), 'overlap')[0]!;
      const [finding] = findingsOf(result, 'overlap');
      expect(finding).toMatchObject({
        duty: 'zj.rz.amr/food-risk-monitoring',
        related: [expect.objectContaining({ duty: 'zj.rz.health/food-risk-monitoring' })],
        inferred: true,
        score: simplified.score,
      });
      expect(finding!.terms).toEqual(expect.arrayContaining([expect.stringContaining('食品安全风险监测')]));
    });

    it('reports shared terms in simplified characters when the duty is written in traditional ones', async () => {
      const result = await lintCatalogue({
        'zj/rz/amr.yaml': AMR.replace(
          '负责全区食品安全风险监测和监督抽检，组织实施食品安全风险监测计划',
          '負責全區食品安全風險監測和監督抽檢，組織實施食品安全風險監測計劃',
        ),
        'zj/rz/health.yaml': HEALTH,
      });
      const [finding] = findingsOf(result, 'overlap');
      expect(finding!.duty).toBe('zj.rz.amr/food-risk-monitoring');
      expect(finding!.terms).toEqual(expect.arrayContaining([expect.stringContaining('食品安全风险监测')]));
    });

    it('matches full-width digits and letters with half-width ones', async () => {
      const result = await lintCatalogue({
        'amr.yaml': yaml`
          kind: department
          id: zj.rz.amr
          name: 润州区市场监督管理局
          jurisdiction: zj.rz
          duties:
            - id: complaints-hotline
              title: 负责全区12315消费投诉举报热线和ODR在线纠纷解决平台的受理转办
            - id: special-equipment
              title: 负责全区特种设备安全监察
        `,
        'commerce.yaml': yaml`
          kind: department
          id: zj.rz.commerce
          name: 润州区商务局
          jurisdiction: zj.rz
          duties:
            - id: consumer-hotline
              title: 负责全区１２３１５消费投诉举报热线和ＯＤＲ在线纠纷解决平台的受理转办
            - id: foreign-trade
              title: 负责全区对外贸易促进
        `,
      });
      expect(findingsOf(result, 'overlap')).toEqual([
        expect.objectContaining({
          duty: 'zj.rz.amr/complaints-hotline',
          related: [expect.objectContaining({ duty: 'zj.rz.commerce/consumer-hotline' })],
          score: 1,
          inferred: true,
        }),
      ]);
    });
  });

  describe('does not fire', () => {
    it('for departments of different jurisdictions', async () => {
      const result = await lintCatalogue({
        'zj/rz/amr.yaml': AMR,
        'zj/dt/health.yaml': HEALTH.replace('id: zj.rz.health', 'id: zj.dt.health')
          .replace('jurisdiction: zj.rz', 'jurisdiction: zj.dt')
          .replace('润州区', '丹徒区'),
      });
      expect(findingsOf(result, 'overlap')).toEqual([]);
    });

    it('for two duties of the same department', async () => {
      const result = await lintCatalogue({
        'zj/rz/amr.yaml': yaml`
          kind: department
          id: zj.rz.amr
          name: 润州区市场监督管理局
          jurisdiction: zj.rz
          duties:
            - id: food-risk-monitoring
              title: 负责全区食品安全风险监测和监督抽检，组织实施食品安全风险监测计划
            - id: food-risk-monitoring-plan
              title: 组织开展全区食品安全风险监测和评估，实施食品安全风险监测计划
        `,
      });
      expect(findingsOf(result, 'overlap')).toEqual([]);
    });

    it.each([
      ['cancelled', ['status: cancelled']],
      ['transferred', ['status: transferred', 'transferred_to: zj.rz.amr']],
      ['delegated', ['status: delegated']],
    ])('when one side is %s', async (_status, fields) => {
      const result = await lintCatalogue(foodRisk({ health: fields }));
      expect(findingsOf(result, 'overlap')).toEqual([]);
    });

    it('when one side is role: support and names no lead', async () => {
      const result = await lintCatalogue(foodRisk({ health: ['role: support'] }));
      expect(findingsOf(result, 'overlap')).toEqual([]);
    });

    it('when one side is role: support with the other department as lead', async () => {
      const result = await lintCatalogue(foodRisk({ health: ['role: support', 'lead: zj.rz.amr'] }));
      expect(findingsOf(result, 'overlap')).toEqual([]);
    });

    it('when the support side names a third department as its lead: a supporter works for its lead, whoever that is', async () => {
      const result = await lintCatalogue({
        ...foodRisk({ health: ['role: support', 'lead: zj.rz.agri'] }),
        'zj/rz/agri.yaml': yaml`
          kind: department
          id: zj.rz.agri
          name: 润州区农业农村局
          jurisdiction: zj.rz
          duties:
            - id: farm-product-risk-monitoring
              title: 负责全区食用农产品质量安全风险监测，组织实施农产品质量安全监测计划
        `,
      });
      expect(findingsOf(result, 'overlap')).toEqual([]);
      // The lead exists, so the support duty is not orphaned either: nothing is reported on it.
      expect(result.findings.filter((f) => f.duty === 'zj.rz.health/food-risk-monitoring')).toEqual([]);
    });

    it('when one side is role: support with the other duty as lead', async () => {
      const result = await lintCatalogue(foodRisk({ amr: ['role: support', 'lead: zj.rz.health/food-risk-monitoring'] }));
      expect(findingsOf(result, 'overlap')).toEqual([]);
    });

    it('when both sides are role: lead (that is multiple-leads)', async () => {
      const result = await lintCatalogue(foodRisk({ amr: ['role: lead'], health: ['role: lead'] }));
      expect(findingsOf(result, 'overlap')).toEqual([]);
      expect(findingsOf(result, 'multiple-leads')).toHaveLength(1);
    });

    it('for unrelated duties that share only generic words', async () => {
      const result = await lintCatalogue({
        'zj/rz/amr.yaml': yaml`
          kind: department
          id: zj.rz.amr
          name: 润州区市场监督管理局
          jurisdiction: zj.rz
          duties:
            - id: general
              title: 负责全区市场监督管理工作，组织指导全区有关工作
        `,
        'zj/rz/edu.yaml': yaml`
          kind: department
          id: zj.rz.edu
          name: 润州区教育局
          jurisdiction: zj.rz
          duties:
            - id: general
              title: 负责全区教育监督管理工作，组织指导全区有关工作
        `,
      });
      expect(findingsOf(result, 'overlap')).toEqual([]);
    });

    // The pair is each other's best match, so it is reported down to mutual_threshold: both must be raised.
    it.each([
      ['for the rule', 'rules:\n  overlap:\n    threshold: 0.9\nmatching:\n  mutual_threshold: 0.9\n'],
      ['for all matching', 'matching:\n  threshold: 0.9\n  mutual_threshold: 0.9\n'],
    ])('when the threshold and the mutual threshold are raised in duty-lint.config.yaml %s', async (_how, config) => {
      const files = foodRisk();
      const before = findingsOf(await lintCatalogue(files), 'overlap');
      expect(before[0]!.score).toBeLessThan(0.9);
      const result = await lintCatalogue({ ...files, 'duty-lint.config.yaml': config });
      expect(findingsOf(result, 'overlap')).toEqual([]);
      expect(result.summary.files).toBe(2);
    });

    it('when the rule is turned off', async () => {
      const result = await lintCatalogue(foodRisk(), { rules: { overlap: 'off' } });
      expect(result.findings).toEqual([]);
    });
  });

  describe('ignore', () => {
    it.each([
      ['the reported duty', { amr: ['ignore: [{rule: overlap, reason: 区政府2021年第3号会议纪要明确由本局负责监督抽检}]'] }],
      ['the related duty', { health: ['ignore: [{rule: overlap, reason: 区政府2021年第3号会议纪要明确分工}]'] }],
    ])('on %s suppresses the finding and counts it', async (_side, extra) => {
      const result = await lintCatalogue(foodRisk(extra));
      expect(findingsOf(result, 'overlap')).toEqual([]);
      expect(result.summary.suppressed).toBe(1);
      expect(result.summary.warnings).toBe(0);
    });

    it('of another rule does not suppress it', async () => {
      const result = await lintCatalogue(foodRisk({ amr: ['ignore: [{rule: unfounded-duty, reason: 地方立法授权}]'] }));
      expect(findingsOf(result, 'overlap')).toHaveLength(1);
      expect(result.summary.suppressed).toBe(0);
    });
  });

  describe('a division covering the pair', () => {
    it('by its subject: still reported, at info, citing the division', async () => {
      const result = await lintCatalogue({
        ...foodRisk(),
        'zj/rz/divisions.yaml': yaml`
          kind: division
          id: rz-food-risk-monitoring
          jurisdiction: zj.rz
          subject: 食品安全风险监测
          parties:
            - department: zj.rz.health
              scope: 制定风险监测方案，汇总分析监测数据
            - department: zj.rz.amr
              scope: 承担监督抽检和风险监测采样
        `,
      });
      const found = findingsOf(result, 'overlap');
      expect(found).toEqual([
        expect.objectContaining({
          severity: 'info',
          file: 'zj/rz/amr.yaml', line: 6, column: 5,
          duty: 'zj.rz.amr/food-risk-monitoring',
          related: [
            expect.objectContaining({ duty: 'zj.rz.health/food-risk-monitoring' }),
            { division: 'rz-food-risk-monitoring', file: 'zj/rz/divisions.yaml', line: 1, column: 1 },
          ],
          inferred: true,
        }),
      ]);
      expect(found[0]!.message).toEqual(mentioning('rz-food-risk-monitoring', '食品安全风险监测'));
      expect(result.summary).toMatchObject({ warnings: 0, infos: 1 });
    });

    it("by the parties' listed duties, whatever its subject", async () => {
      const result = await lintCatalogue({
        ...foodRisk(),
        'zj/rz/divisions.yaml': yaml`
          kind: division
          id: rz-health-vs-amr
          jurisdiction: zj.rz
          subject: 卫生健康委与市场监管局职责分工
          parties:
            - department: zj.rz.health
              duties: [food-risk-monitoring]
            - department: zj.rz.amr
              duties: [food-risk-monitoring]
        `,
      });
      expect(findingsOf(result, 'overlap')).toEqual([
        expect.objectContaining({
          severity: 'info',
          related: [
            expect.objectContaining({ duty: 'zj.rz.health/food-risk-monitoring' }),
            expect.objectContaining({ division: 'rz-health-vs-amr' }),
          ],
        }),
      ]);
    });

    it('does not cover the pair when the listed duties are others', async () => {
      const result = await lintCatalogue({
        ...foodRisk(),
        'zj/rz/divisions.yaml': yaml`
          kind: division
          id: rz-health-vs-amr
          jurisdiction: zj.rz
          subject: 食品安全风险监测
          parties:
            - department: zj.rz.health
              duties: [disease-control]
            - department: zj.rz.amr
              duties: [special-equipment]
        `,
      });
      expect(findingsOf(result, 'overlap')).toEqual([
        expect.objectContaining({
          severity: 'warn',
          related: [expect.objectContaining({ duty: 'zj.rz.health/food-risk-monitoring' })],
        }),
      ]);
    });

    it('does not cover the pair when one department is not a party', async () => {
      const result = await lintCatalogue({
        ...foodRisk(),
        'zj/rz/divisions.yaml': yaml`
          kind: division
          id: rz-health-vs-agri
          jurisdiction: zj.rz
          subject: 食品安全风险监测
          parties:
            - department: zj.rz.health
            - department: zj.rz.agri
        `,
        'zj/rz/agri.yaml': yaml`
          kind: department
          id: zj.rz.agri
          name: 润州区农业农村局
          jurisdiction: zj.rz
          duties: []
        `,
      });
      expect(findingsOf(result, 'overlap')).toEqual([expect.objectContaining({ severity: 'warn' })]);
    });
  });
});
