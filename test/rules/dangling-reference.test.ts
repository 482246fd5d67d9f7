import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/index.js';
import { expectChinese, findingsOf, lintCatalogue, mentioning, yaml } from './helpers.js';

/**
 * dangling-reference (error): a counterpart, mandate, lead, transferred_to, division party
 * or party duty that does not exist, placed at the offending scalar.
 */

const CITY_AMR = yaml`
  kind: department
  id: zj.amr
  name: 镇江市市场监督管理局
  jurisdiction: zj
  duties:
    - id: food-sampling
      title: 负责全市食品安全监督抽检
`;

const HEALTH = yaml`
  kind: department
  id: zj.rz.health
  name: 润州区卫生健康委员会
  jurisdiction: zj.rz
  duties:
    - id: food-risk-monitoring
      title: 负责全区食品安全风险监测
`;

describe('dangling-reference', () => {
  it('is quiet when every reference resolves', async () => {
    const result = await lintCatalogue({
      'zj/amr.yaml': CITY_AMR,
      'zj/rz/health.yaml': HEALTH,
      'zj/rz/amr.yaml': yaml`
        kind: department
        id: zj.rz.amr
        name: 润州区市场监督管理局
        jurisdiction: zj.rz
        counterparts: [zj.amr]
        duties:
          - id: sampling
            title: 负责全区食品安全监督抽检
            mandate: [zj.amr/food-sampling]
          - id: risk-sampling
            title: 配合开展全区食品安全风险监测采样
            role: support
            lead: zj.rz.health/food-risk-monitoring
          - id: risk-report
            title: 配合报送食品安全风险监测信息
            role: support
            lead: zj.rz.health
          - id: lab
            title: 负责区食品检验检测中心运行
            status: transferred
            transferred_to: zj.rz.health
      `,
      'zj/rz/divisions.yaml': yaml`
        kind: division
        id: rz-food-risk
        jurisdiction: zj.rz
        subject: 食品安全风险监测
        parties:
          - department: zj.rz.health
            duties: [food-risk-monitoring]
          - department: zj.rz.amr
            duties: [sampling, risk-sampling]
      `,
    });
    expect(findingsOf(result, 'dangling-reference')).toEqual([]);
  });

  it('fires for a counterpart that does not exist, at the list item', async () => {
    const result = await lintCatalogue({
      'zj/amr.yaml': CITY_AMR,
      'zj/rz/amr.yaml': yaml`
        kind: department
        id: zj.rz.amr
        name: 润州区市场监督管理局
        jurisdiction: zj.rz
        # 原质监局2019年并入市场监管局
        counterparts: [zj.amr, zj.quality-supervision]
        duties: []
      `,
    });
    const found = findingsOf(result, 'dangling-reference');
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'dangling-reference',
        severity: 'error',
        file: 'zj/rz/amr.yaml',
        line: 6,
        column: 24,
        pointer: '/counterparts/1',
        department: 'zj.rz.amr',
      }),
    ]);
    expect(found[0]).not.toHaveProperty('duty');
    expect(found[0]).toMatchObject({
      messageId: 'dangling-reference.department',
      message: mentioning('counterparts[1]', '"zj.quality-supervision"'),
    });
  });

  it('renders its message in Chinese with lang zh', async () => {
    const result = await lintCatalogue({
      'amr.yaml': 'kind: department\nid: zj.rz.amr\nname: 润州区市场监督管理局\njurisdiction: zj.rz\ncounterparts: [zj.quality-supervision]\nduties: []\n',
    }, { lang: 'zh' });
    expectChinese(findingsOf(result, 'dangling-reference')[0]!.message, 'counterparts[0]', '"zj.quality-supervision"');
  });

  describe('on a duty', () => {
    const files = {
      'zj/amr.yaml': CITY_AMR,
      'zj/rz/health.yaml': HEALTH,
      'zj/rz/amr.yaml': yaml`
        kind: department
        id: zj.rz.amr
        name: 润州区市场监督管理局
        jurisdiction: zj.rz
        counterparts: [zj.amr]
        duties:
          - id: sampling
            title: 负责全区食品安全监督抽检
            mandate:
              - zj.amr/food-sampling
              - zj.amr/food-recall
              - zj.fda/food-sampling
          - id: risk-sampling
            title: 配合开展全区食品安全风险监测采样
            role: support
            lead: zj.rz.disease-control
          - id: risk-report
            title: 配合报送食品安全风险监测信息
            role: support
            lead: zj.rz.health/risk-assessment
          - id: lab
            title: 负责区食品检验检测中心运行
            status: transferred
            transferred_to: zj.rz.inspection-center
      `,
    };

    it('places each at the exact line and column of the offending scalar', async () => {
      const result = await lintCatalogue(files);
      const at = (f: Finding) => [`${f.line}:${f.column}`, f.pointer, f.department, f.duty, f.messageId, f.message];
      expect(findingsOf(result, 'dangling-reference').map(at)).toEqual([
        ['11:9', '/duties/0/mandate/1', 'zj.rz.amr', 'zj.rz.amr/sampling',
          'dangling-reference.duty', mentioning('mandate[1]', '"zj.amr/food-recall"', '"zj.amr"')],
        ['12:9', '/duties/0/mandate/2', 'zj.rz.amr', 'zj.rz.amr/sampling',
          'dangling-reference.department', mentioning('mandate[2]', '"zj.fda')],
        ['16:11', '/duties/1/lead', 'zj.rz.amr', 'zj.rz.amr/risk-sampling',
          'dangling-reference.department', mentioning('lead', '"zj.rz.disease-control"')],
        ['20:11', '/duties/2/lead', 'zj.rz.amr', 'zj.rz.amr/risk-report',
          'dangling-reference.duty', mentioning('lead', '"zj.rz.health/risk-assessment"', '"zj.rz.health"')],
        ['24:21', '/duties/3/transferred_to', 'zj.rz.amr', 'zj.rz.amr/lab',
          'dangling-reference.department', mentioning('transferred_to', '"zj.rz.inspection-center"')],
      ]);
      expect(findingsOf(result, 'dangling-reference').every((f) => f.severity === 'error' && f.file === 'zj/rz/amr.yaml')).toBe(true);
    });

    it('reports a lead naming a duty of a department that does not exist as a missing department', async () => {
      const result = await lintCatalogue({
        ...files,
        'zj/rz/amr.yaml': files['zj/rz/amr.yaml'].replace('lead: zj.rz.health/risk-assessment', 'lead: zj.rz.cdc/risk-assessment'),
      });
      expect(findingsOf(result, 'dangling-reference')).toContainEqual(expect.objectContaining({
        line: 20, column: 11,
        messageId: 'dangling-reference.department',
        data: expect.objectContaining({ field: 'lead', department: 'zj.rz.cdc' }),
        message: mentioning('lead', '"zj.rz.cdc'),
      }));
    });
  });

  describe('in a division', () => {
    it('fires for a party department and for party duties that do not exist', async () => {
      const result = await lintCatalogue({
        'zj/rz/health.yaml': HEALTH,
        'zj/rz/divisions.yaml': yaml`
          kind: division
          id: rz-food-risk
          jurisdiction: zj.rz
          subject: 食品安全风险监测
          parties:
            - department: zj.rz.health
              duties: [food-risk-monitoring, food-risk-assessment]
            - department: zj.rz.food-office
              scope: 综合协调
        `,
      });
      const found = findingsOf(result, 'dangling-reference');
      expect(found).toEqual([
        expect.objectContaining({
          severity: 'error',
          file: 'zj/rz/divisions.yaml',
          line: 7,
          column: 36,
          pointer: '/parties/0/duties/1',
          department: 'zj.rz.health',
          messageId: 'dangling-reference.duty',
          message: mentioning('duties[1]', '"zj.rz.health/food-risk-assessment"', '"zj.rz.health"'),
        }),
        expect.objectContaining({
          severity: 'error',
          file: 'zj/rz/divisions.yaml',
          line: 8,
          column: 17,
          pointer: '/parties/1/department',
          messageId: 'dangling-reference.department',
          message: mentioning('"zj.rz.food-office"'),
        }),
      ]);
    });
  });
});
