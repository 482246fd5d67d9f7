import type { Rule } from './rule.js';
import { pairFinding, sameDuties } from './same-duty.js';

export const overlap: Rule = {
  id: 'overlap',
  defaultSeverity: 'warn',
  usesThreshold: true,
  description: {
    en: 'Two departments of one jurisdiction hold the same or nearly the same active duty, with no division and no lead/support split',
    zh: '同一级政府的两个部门承担相同或近似的职责，且没有职责分工或牵头/配合关系（职责交叉）',
  },
  check(ctx, options) {
    return sameDuties(ctx, options.threshold ?? ctx.matching.threshold)
      // Two leads are multiple-leads' finding. A support duty owns nothing: it works under a
      // lead (named or not; orphan-duty asks whether there is one), so it is no overlap.
      .filter(({ a, b }) => !(a.role === 'lead' && b.role === 'lead') && a.role !== 'support' && b.role !== 'support')
      .map((pair) => pairFinding(ctx, 'overlap', 'overlap', pair));
  },
};
