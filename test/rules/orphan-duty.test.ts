import { describe, expect, it } from 'vitest';
import { expectChinese, findingsOf, lintCatalogue, mentioning, withFields, yaml } from './helpers.js';

/**
 * orphan-duty (warn): a duty with no owner in its jurisdiction (缺位): a support role with
 * no lead and nobody holding it as lead or main, or a duty transferred to nobody or to a
 * department that does not list it.
 */

// 区教育局 only supports 生活垃圾分类.
const EDU = yaml`
  kind: department
  id: zj.rz.edu
  name: 润州区教育局
  jurisdiction: zj.rz
  duties:
    - id: garbage-sorting
      title: 配合做好全区生活垃圾分类工作，推动垃圾分类知识进校园
      role: support
    - id: off-campus-training
      title: 负责全区校外培训机构日常监管，规范学科类培训行为
`;

// 区城管局, which may or may not hold 生活垃圾分类 itself.
const URBAN = yaml`
  kind: department
  id: zj.rz.cgj
  name: 润州区城市管理局
  jurisdiction: zj.rz
  duties:
    - id: garbage-sorting
      title: 牵头负责全区生活垃圾分类工作，推动垃圾分类知识进社区、进校园
    - id: street-vendors
      title: 负责全区占道经营和流动摊贩的规范管理
`;

const URBAN_WITHOUT_GARBAGE = yaml`
  kind: department
  id: zj.rz.cgj
  name: 润州区城市管理局
  jurisdiction: zj.rz
  duties:
    - id: street-vendors
      title: 负责全区占道经营和流动摊贩的规范管理
`;

// 区农业农村局 hands 一事一议财政奖补 over to 区财政局.
const AGRI = yaml`
  kind: department
  id: zj.rz.agri
  name: 润州区农业农村局
  jurisdiction: zj.rz
  duties:
    - id: one-issue-subsidy
      title: 负责全区村级公益事业建设一事一议财政奖补工作
      status: transferred
    - id: homestead
      title: 负责全区农村宅基地改革和管理
`;

const FINANCE_RECEIVING = yaml`
  kind: department
  id: zj.rz.finance
  name: 润州区财政局
  jurisdiction: zj.rz
  duties:
    - id: treasury-payment
      title: 负责全区国库集中收付管理，管理财政专户资金
    - id: village-subsidy
      title: 负责全区村级公益事业建设一事一议财政奖补资金的审核和拨付
`;

const FINANCE_NOT_RECEIVING = yaml`
  kind: department
  id: zj.rz.finance
  name: 润州区财政局
  jurisdiction: zj.rz
  duties:
    - id: treasury-payment
      title: 负责全区国库集中收付管理，管理财政专户资金
    - id: state-assets
      title: 负责全区行政事业单位国有资产管理
`;

describe('orphan-duty', () => {
  describe('a support duty without a lead', () => {
    it('fires when no department of the jurisdiction holds it as lead or main', async () => {
      const result = await lintCatalogue({ 'zj/rz/edu.yaml': EDU, 'zj/rz/cgj.yaml': URBAN_WITHOUT_GARBAGE });
      const found = findingsOf(result, 'orphan-duty');
      expect(found).toEqual([
        expect.objectContaining({
          rule: 'orphan-duty',
          severity: 'warn',
          file: 'zj/rz/edu.yaml',
          line: 6,
          column: 5,
          pointer: '/duties/0',
          department: 'zj.rz.edu',
          duty: 'zj.rz.edu/garbage-sorting',
        }),
      ]);
      expect(found[0]!.related).toBeUndefined();
      expect(found[0]).toMatchObject({
        messageId: 'orphan-duty.no-lead',
        message: mentioning('配合做好全区生活垃圾分类工作，推动垃圾分类知识进校园'),
      });
    });

    it('renders its message in Chinese with lang zh', async () => {
      const result = await lintCatalogue({ 'zj/rz/edu.yaml': EDU, 'zj/rz/cgj.yaml': URBAN_WITHOUT_GARBAGE }, { lang: 'zh' });
      expectChinese(findingsOf(result, 'orphan-duty')[0]!.message, '配合做好全区生活垃圾分类工作，推动垃圾分类知识进校园');
    });

    it('is quiet when another department holds a matching main duty', async () => {
      const result = await lintCatalogue({ 'zj/rz/edu.yaml': EDU, 'zj/rz/cgj.yaml': URBAN });
      expect(findingsOf(result, 'orphan-duty')).toEqual([]);
    });

    it('is quiet when another department holds a matching lead duty', async () => {
      const result = await lintCatalogue({ 'zj/rz/edu.yaml': EDU, 'zj/rz/cgj.yaml': withFields(URBAN, 'garbage-sorting', 'role: lead') });
      expect(findingsOf(result, 'orphan-duty')).toEqual([]);
    });

    it('fires when the matching duty of the other department is only a support too (both are reported)', async () => {
      const result = await lintCatalogue({ 'zj/rz/edu.yaml': EDU, 'zj/rz/cgj.yaml': withFields(URBAN, 'garbage-sorting', 'role: support') });
      expect(findingsOf(result, 'orphan-duty').map((f) => f.duty)).toEqual([
        'zj.rz.cgj/garbage-sorting',
        'zj.rz.edu/garbage-sorting',
      ]);
    });

    it('fires when the matching main duty of the other department is cancelled', async () => {
      const result = await lintCatalogue({ 'zj/rz/edu.yaml': EDU, 'zj/rz/cgj.yaml': withFields(URBAN, 'garbage-sorting', 'status: cancelled') });
      expect(findingsOf(result, 'orphan-duty')).toEqual([expect.objectContaining({ duty: 'zj.rz.edu/garbage-sorting' })]);
    });

    it('fires when the matching main duty belongs to another jurisdiction', async () => {
      const result = await lintCatalogue({
        'zj/rz/edu.yaml': EDU,
        'zj/dt/cgj.yaml': URBAN.replace('id: zj.rz.cgj', 'id: zj.dt.cgj').replace('jurisdiction: zj.rz', 'jurisdiction: zj.dt'),
      });
      expect(findingsOf(result, 'orphan-duty')).toEqual([expect.objectContaining({ duty: 'zj.rz.edu/garbage-sorting' })]);
    });

    it('is quiet when another department holds the same mandate item as main', async () => {
      const city = yaml`
        kind: department
        id: zj.cgj
        name: 镇江市城市管理局
        jurisdiction: zj
        duties:
          - id: garbage-sorting
            title: 负责全市生活垃圾分类工作
      `;
      const result = await lintCatalogue({
        'zj/cgj.yaml': city,
        'zj/rz/edu.yaml': withFields(EDU, 'garbage-sorting', 'mandate: [zj.cgj/garbage-sorting]'),
        'zj/rz/cgj.yaml': yaml`
          kind: department
          id: zj.rz.cgj
          name: 润州区城市管理局
          jurisdiction: zj.rz
          duties:
            - id: waste
              title: 负责全区环境卫生作业管理
              mandate: [zj.cgj/garbage-sorting]
        `,
      });
      expect(findingsOf(result, 'orphan-duty')).toEqual([]);
    });

    // The two garbage-sorting duties score ≈0.8 and are each other's best match: the same duty
    // from the rule's threshold, and, as each other's best match, down to mutual_threshold.
    it('takes its thresholds from the config: with threshold and mutual_threshold at 0.9 it no longer sees the matching main duty', async () => {
      const result = await lintCatalogue({
        'zj/rz/edu.yaml': EDU,
        'zj/rz/cgj.yaml': URBAN,
        'duty-lint.config.yaml': yaml`
          rules:
            orphan-duty: {threshold: 0.9}
          matching:
            mutual_threshold: 0.9
        `,
      });
      expect(findingsOf(result, 'orphan-duty')).toEqual([expect.objectContaining({ duty: 'zj.rz.edu/garbage-sorting' })]);
    });

    it.each([
      ['the rule\'s threshold', 'rules:\n  orphan-duty: {threshold: 0.9}\n'],
      ['the mutual threshold', 'matching:\n  mutual_threshold: 0.9\n'],
    ])('still sees the matching main duty when only %s is raised to 0.9', async (_what, config) => {
      const result = await lintCatalogue({ 'zj/rz/edu.yaml': EDU, 'zj/rz/cgj.yaml': URBAN, 'duty-lint.config.yaml': config });
      expect(findingsOf(result, 'orphan-duty')).toEqual([]);
    });
  });

  describe('a support duty with a lead', () => {
    it.each([
      ['a department', 'lead: zj.rz.cgj'],
      ['a duty', 'lead: zj.rz.cgj/street-vendors'],
    ])('is quiet when the lead names %s, even one holding nothing similar', async (_what, lead) => {
      const result = await lintCatalogue({ 'zj/rz/edu.yaml': withFields(EDU, 'garbage-sorting', lead), 'zj/rz/cgj.yaml': URBAN_WITHOUT_GARBAGE });
      expect(findingsOf(result, 'orphan-duty')).toEqual([]);
    });
  });

  describe('a transferred duty', () => {
    it('fires when transferred_to names nobody', async () => {
      const result = await lintCatalogue({ 'zj/rz/agri.yaml': AGRI, 'zj/rz/finance.yaml': FINANCE_RECEIVING });
      const found = findingsOf(result, 'orphan-duty');
      expect(found).toEqual([
        expect.objectContaining({
          severity: 'warn',
          file: 'zj/rz/agri.yaml', line: 6, column: 5,
          department: 'zj.rz.agri',
          duty: 'zj.rz.agri/one-issue-subsidy',
        }),
      ]);
      expect(found[0]).toMatchObject({
        messageId: 'orphan-duty.transferred-to-nobody',
        message: mentioning('负责全区村级公益事业建设一事一议财政奖补工作', 'transferred_to'),
      });
    });

    it('is quiet when the receiving department holds a matching duty', async () => {
      const result = await lintCatalogue({
        'zj/rz/agri.yaml': withFields(AGRI, 'one-issue-subsidy', 'transferred_to: zj.rz.finance'),
        'zj/rz/finance.yaml': FINANCE_RECEIVING,
      });
      expect(findingsOf(result, 'orphan-duty')).toEqual([]);
    });

    it('is quiet when the receiving department holds a duty with the same id', async () => {
      const result = await lintCatalogue({
        'zj/rz/agri.yaml': withFields(AGRI, 'one-issue-subsidy', 'transferred_to: zj.rz.finance'),
        'zj/rz/finance.yaml': FINANCE_NOT_RECEIVING.replace('id: state-assets', 'id: one-issue-subsidy'),
      });
      expect(findingsOf(result, 'orphan-duty')).toEqual([]);
    });

    it('fires when the receiving department holds nothing similar, pointing at that department', async () => {
      const result = await lintCatalogue({
        'zj/rz/agri.yaml': withFields(AGRI, 'one-issue-subsidy', 'transferred_to: zj.rz.finance'),
        'zj/rz/finance.yaml': FINANCE_NOT_RECEIVING,
      });
      const found = findingsOf(result, 'orphan-duty');
      expect(found).toEqual([
        expect.objectContaining({
          severity: 'warn',
          file: 'zj/rz/agri.yaml', line: 6, column: 5,
          duty: 'zj.rz.agri/one-issue-subsidy',
          related: [{ department: 'zj.rz.finance', file: 'zj/rz/finance.yaml', line: 1, column: 1 }],
        }),
      ]);
      expect(found[0]).toMatchObject({
        messageId: 'orphan-duty.not-received',
        message: mentioning('负责全区村级公益事业建设一事一议财政奖补工作', '润州区财政局', 'zj.rz.finance'),
      });
    });

    it('fires when the matching duty of the receiver is itself cancelled', async () => {
      const result = await lintCatalogue({
        'zj/rz/agri.yaml': withFields(AGRI, 'one-issue-subsidy', 'transferred_to: zj.rz.finance'),
        'zj/rz/finance.yaml': withFields(FINANCE_RECEIVING, 'village-subsidy', 'status: cancelled'),
      });
      expect(findingsOf(result, 'orphan-duty')).toEqual([expect.objectContaining({ duty: 'zj.rz.agri/one-issue-subsidy' })]);
    });

    it('leaves a receiver that does not exist to dangling-reference', async () => {
      const result = await lintCatalogue({
        'zj/rz/agri.yaml': withFields(AGRI, 'one-issue-subsidy', 'transferred_to: zj.rz.treasury'),
        'zj/rz/finance.yaml': FINANCE_RECEIVING,
      });
      expect(findingsOf(result, 'orphan-duty')).toEqual([]);
      expect(findingsOf(result, 'dangling-reference')).toEqual([expect.objectContaining({ duty: 'zj.rz.agri/one-issue-subsidy' })]);
    });
  });

  it('is quiet for cancelled support duties', async () => {
    const result = await lintCatalogue({
      'zj/rz/edu.yaml': withFields(EDU, 'garbage-sorting', 'status: cancelled'),
      'zj/rz/cgj.yaml': URBAN_WITHOUT_GARBAGE,
    });
    expect(findingsOf(result, 'orphan-duty')).toEqual([]);
  });
});
