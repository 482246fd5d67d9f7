import { describe, expect, it } from 'vitest';
import { findingsOf, lintCatalogue, yaml } from './helpers.js';

/** Bugs found while writing the rule tests, each pinned where it was found. */
describe('regressions', () => {
  it('places findings inside every document of a multi-document file, not only the last', async () => {
    const result = await lintCatalogue({
      'zj/rz/both.yaml': yaml`
        kind: department
        id: zj.rz.amr
        name: 润州区市场监督管理局
        jurisdiction: zj.rz
        counterparts: [zj.amr]
        duties:
          - id: x
            title: 负责全区特种设备安全监察
        ---
        kind: department
        id: zj.rz.env
        name: 润州区生态环境局
        jurisdiction: zj.rz
        counterparts: [zj.env]
        duties: []
        ---
      `,
    });
    const dangling = findingsOf(result, 'dangling-reference').map((f) => [f.line, f.column, f.department]);
    expect(dangling).toEqual([[5, 16, 'zj.rz.amr'], [14, 16, 'zj.rz.env']]);
  });

  it('lists the allowed fields when a duty has an unknown one', async () => {
    const result = await lintCatalogue({
      'a.yaml': yaml`
        kind: department
        id: zj.rz.amr
        name: 润州区市场监督管理局
        jurisdiction: zj.rz
        duties:
          - id: x
            title: 负责全区特种设备安全监察
            responsible: 张三
      `,
    });
    const [finding] = findingsOf(result, 'schema');
    expect(finding?.message).toBe(
      'duties[0] has an unknown field "responsible" (allowed: id, title, detail, role, lead, mandate, basis, cascade, status, transferred_to, budget, tags, ignore)',
    );
    expect([finding?.line, finding?.column]).toEqual([8, 5]);
  });

  it('names the missing department, not the whole duty reference, when the department does not exist', async () => {
    const result = await lintCatalogue({
      'a.yaml': yaml`
        kind: department
        id: zj.rz.amr
        name: 润州区市场监督管理局
        jurisdiction: zj.rz
        duties:
          - id: x
            title: 负责全区特种设备安全监察
            mandate: [zj.fda/food-sampling]
      `,
    });
    const [finding] = findingsOf(result, 'dangling-reference');
    expect(finding?.message).toBe('mandate[0] refers to department "zj.fda", which does not exist');
  });
});
