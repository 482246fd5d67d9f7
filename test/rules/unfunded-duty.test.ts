import { describe, expect, it } from 'vitest';
import { expectChinese, findingsOf, lintCatalogue, mentioning, yaml } from './helpers.js';

/**
 * unfunded-duty (off by default): an active duty with no budget line (事权无财权), for
 * catalogues that track budgets.
 */

const AGRI = yaml`
  kind: department
  id: zj.rz.agri
  name: 润州区农业农村局
  jurisdiction: zj.rz
  duties:
    - id: farmland-construction
      title: 负责全区高标准农田建设项目的组织实施和监督管理
      budget: [2024-213-05]
    - id: homestead
      title: 负责全区农村宅基地改革和管理有关工作
    - id: industrial-license-review
      title: 负责全区农药经营许可证申请材料初审
      status: cancelled
    - id: one-issue-subsidy
      title: 负责全区村级公益事业建设一事一议财政奖补工作
      status: transferred
      transferred_to: zj.rz.agri
`;

describe('unfunded-duty', () => {
  it('is off by default', async () => {
    const result = await lintCatalogue({ 'zj/rz/agri.yaml': AGRI });
    expect(findingsOf(result, 'unfunded-duty')).toEqual([]);
    expect(result.config.rules.get('unfunded-duty')?.severity).toBe('off');
  });

  it('fires, once turned on, for an active duty without budget, and only for it', async () => {
    const result = await lintCatalogue({ 'zj/rz/agri.yaml': AGRI }, { rules: { 'unfunded-duty': 'warn' } });
    const found = findingsOf(result, 'unfunded-duty');
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'unfunded-duty',
        severity: 'warn',
        file: 'zj/rz/agri.yaml',
        line: 9,
        column: 5,
        pointer: '/duties/1',
        department: 'zj.rz.agri',
        duty: 'zj.rz.agri/homestead',
      }),
    ]);
    expect(found[0]!.message).toEqual(mentioning('负责全区农村宅基地改革和管理有关工作'));
  });

  it('renders its message in Chinese with lang zh', async () => {
    const result = await lintCatalogue({ 'zj/rz/agri.yaml': AGRI }, { rules: { 'unfunded-duty': 'warn' }, lang: 'zh' });
    expectChinese(findingsOf(result, 'unfunded-duty')[0]!.message, '负责全区农村宅基地改革和管理有关工作');
  });

  it('takes its severity from duty-lint.config.yaml', async () => {
    const result = await lintCatalogue({
      'zj/rz/agri.yaml': AGRI,
      'duty-lint.config.yaml': yaml`
        rules:
          unfunded-duty: info
      `,
    });
    expect(findingsOf(result, 'unfunded-duty')).toEqual([
      expect.objectContaining({ severity: 'info', duty: 'zj.rz.agri/homestead' }),
    ]);
    expect(result.summary.infos).toBe(1);
  });

  it('lets the lint() override win over the config', async () => {
    const result = await lintCatalogue(
      { 'zj/rz/agri.yaml': AGRI, 'duty-lint.config.yaml': 'rules:\n  unfunded-duty: info\n' },
      { rules: { 'unfunded-duty': 'off' } },
    );
    expect(findingsOf(result, 'unfunded-duty')).toEqual([]);
  });

  it('is quiet for a department whose every active duty has a budget line', async () => {
    const result = await lintCatalogue(
      {
        'zj/rz/finance.yaml': yaml`
          kind: department
          id: zj.rz.finance
          name: 润州区财政局
          jurisdiction: zj.rz
          duties:
            - id: budget-preparation
              title: 负责编制全区年度预决算草案，组织执行区级预算
              budget: [2024-201-06]
            - id: treasury-payment
              title: Manage the district treasury single account
              budget: [2024-201-06, 2024-201-07]
        `,
      },
      { rules: { 'unfunded-duty': 'error' } },
    );
    expect(result.findings).toEqual([]);
  });
});
