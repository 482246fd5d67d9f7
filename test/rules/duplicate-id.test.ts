import { describe, expect, it } from 'vitest';
import { expectChinese, findingsOf, lintCatalogue, mentioning, yaml } from './helpers.js';

/**
 * duplicate-id (error): a department, duty or division id defined twice. The first
 * definition (in file order) is used; the finding stands on the second and points back.
 */

const AMR = yaml`
  kind: department
  id: zj.rz.amr
  name: 润州区市场监督管理局
  jurisdiction: zj.rz
  duties:
    - id: food-safety-coordination
      title: 负责全区食品安全监督管理综合协调
`;

describe('duplicate-id', () => {
  it('fires for a department defined in two files, on the second', async () => {
    const result = await lintCatalogue({
      'zj/rz/amr.yaml': AMR,
      'zj/rz/quality.yaml': yaml`
        # 原润州区质量技术监督局，2019年并入市场监管局后未删除
        kind: department
        id: zj.rz.amr
        name: 润州区质量技术监督局
        jurisdiction: zj.rz
        duties:
          - id: product-quality
            title: 负责全区产品质量监督抽查
      `,
    });
    const found = findingsOf(result, 'duplicate-id');
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'duplicate-id',
        severity: 'error',
        file: 'zj/rz/quality.yaml',
        line: 2,
        column: 1,
        pointer: '',
        department: 'zj.rz.amr',
        related: [{ file: 'zj/rz/amr.yaml', line: 1, column: 1 }],
      }),
    ]);
    expect(found[0]).toMatchObject({
      messageId: 'duplicate-id.department',
      message: mentioning('"zj.rz.amr"', 'zj/rz/amr.yaml:1'),
    });
    // The first definition is the one used.
    expect(result.graph.departmentById.get('zj.rz.amr')!.name).toBe('润州区市场监督管理局');
    expect(result.graph.dutyByRef.has('zj.rz.amr/product-quality')).toBe(false);
  });

  it('renders its message in Chinese with lang zh', async () => {
    const result = await lintCatalogue({ 'a.yaml': AMR, 'b.yaml': AMR }, { lang: 'zh' });
    const found = findingsOf(result, 'duplicate-id');
    expect(found).toEqual([expect.objectContaining({ file: 'b.yaml' })]);
    expectChinese(found[0]!.message, '"zj.rz.amr"', 'a.yaml:1');
  });

  it('fires for a duty id used twice in one department, on the second', async () => {
    const result = await lintCatalogue({
      'zj/rz/finance.yaml': yaml`
        kind: department
        id: zj.rz.finance
        name: 润州区财政局
        jurisdiction: zj.rz
        duties:
          - id: budget-performance
            title: 负责全区预算绩效管理工作
          - id: treasury-payment
            title: 负责全区国库集中收付管理
          - id: budget-performance
            title: 负责全区预算绩效管理，组织开展重点项目和政策绩效评价
      `,
    });
    const found = findingsOf(result, 'duplicate-id');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'zj/rz/finance.yaml',
        line: 10,
        column: 5,
        pointer: '/duties/2',
        department: 'zj.rz.finance',
        duty: 'zj.rz.finance/budget-performance',
        related: [{ file: 'zj/rz/finance.yaml', line: 6, column: 5 }],
      }),
    ]);
    expect(found[0]).toMatchObject({
      messageId: 'duplicate-id.duty',
      message: mentioning('"zj.rz.finance/budget-performance"', 'zj/rz/finance.yaml:6'),
    });
    expect(result.graph.dutyByRef.get('zj.rz.finance/budget-performance')!.title).toBe('负责全区预算绩效管理工作');
  });

  it('fires for a division id used twice, on the second', async () => {
    const result = await lintCatalogue({
      'zj/rz/agri.yaml': 'kind: department\nid: zj.rz.agri\nname: 润州区农业农村局\njurisdiction: zj.rz\nduties: []\n',
      'zj/rz/amr.yaml': AMR,
      'zj/rz/divisions.yaml': yaml`
        kind: division
        id: rz-edible-farm-products
        jurisdiction: zj.rz
        subject: 食用农产品质量安全监督管理
        parties:
          - department: zj.rz.agri
          - department: zj.rz.amr
        ---
        kind: division
        id: rz-edible-farm-products
        jurisdiction: zj.rz
        subject: 食用农产品市场销售质量安全监督管理
        parties:
          - department: zj.rz.amr
          - department: zj.rz.agri
      `,
    });
    const found = findingsOf(result, 'duplicate-id');
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'zj/rz/divisions.yaml',
        line: 9,
        column: 1,
        related: [{ file: 'zj/rz/divisions.yaml', line: 1, column: 1 }],
      }),
    ]);
    expect(found[0]).toMatchObject({
      messageId: 'duplicate-id.division',
      message: mentioning('"rz-edible-farm-products"', 'zj/rz/divisions.yaml:1'),
    });
    expect(result.graph.divisions.map((d) => d.subject)).toEqual(['食用农产品质量安全监督管理']);
  });

  describe('does not fire', () => {
    it('for the same duty id in two departments', async () => {
      const result = await lintCatalogue({
        'zj/rz/amr.yaml': AMR,
        'zj/rz/health.yaml': yaml`
          kind: department
          id: zj.rz.health
          name: 润州区卫生健康委员会
          jurisdiction: zj.rz
          duties:
            - id: food-safety-coordination
              title: 配合做好全区食品安全综合协调
              role: support
              lead: zj.rz.amr
        `,
      });
      expect(findingsOf(result, 'duplicate-id')).toEqual([]);
    });

    it('for a division with the id of a department', async () => {
      const result = await lintCatalogue({
        'zj/rz/agri.yaml': 'kind: department\nid: zj.rz.agri\nname: 润州区农业农村局\njurisdiction: zj.rz\nduties: []\n',
        'zj/rz/amr.yaml': AMR,
        'zj/rz/divisions.yaml': yaml`
          kind: division
          id: zj.rz.amr
          jurisdiction: zj.rz
          subject: 食用农产品质量安全监督管理
          parties:
            - department: zj.rz.agri
            - department: zj.rz.amr
        `,
      });
      expect(findingsOf(result, 'duplicate-id')).toEqual([]);
    });
  });

  describe('a department listed twice among a division\'s parties', () => {
    const AGRI = 'kind: department\nid: zj.rz.agri\nname: 润州区农业农村局\njurisdiction: zj.rz\nduties: []\n';
    const division = (...parties: string[]) => yaml`
      kind: division
      id: rz-edible-farm-products
      jurisdiction: zj.rz
      subject: 食用农产品质量安全监督管理
      parties:
    ` + parties.map((p) => `  - department: ${p}\n`).join('');

    it('fires on the second entry, pointing back to the first', async () => {
      const result = await lintCatalogue({
        'zj/rz/agri.yaml': AGRI, 'zj/rz/amr.yaml': AMR, 'zj/rz/divisions.yaml': division('zj.rz.agri', 'zj.rz.amr', 'zj.rz.agri'),
      });
      expect(findingsOf(result, 'duplicate-id')).toEqual([
        expect.objectContaining({
          rule: 'duplicate-id', severity: 'error', file: 'zj/rz/divisions.yaml', line: 8, column: 17, pointer: '/parties/2/department',
          messageId: 'duplicate-id.party', message: mentioning('"zj.rz.agri"', 'zj/rz/divisions.yaml:6'),
          related: [{ file: 'zj/rz/divisions.yaml', line: 6, column: 17 }],
        }),
      ]);
      expect(findingsOf(result, 'duplicate-id')[0]).not.toHaveProperty('department');
    });

    it('tells each repeat apart, and says it in Chinese with lang zh', async () => {
      const files = { 'zj/rz/amr.yaml': AMR, 'zj/rz/divisions.yaml': division('zj.rz.amr', 'zj.rz.amr', 'zj.rz.amr') };
      const found = findingsOf(await lintCatalogue(files, { lang: 'zh' }), 'duplicate-id');
      expect(found.map((f) => [f.line, f.messageId])).toEqual([[7, 'duplicate-id.party'], [8, 'duplicate-id.party']]);
      expect(new Set(found.map((f) => f.fingerprint)).size).toBe(2);
      expectChinese(found[0]!.message, '"zj.rz.amr"', 'zj/rz/divisions.yaml:6');
    });
  });
});
