import type { Rule } from './rule.js';
import { pairFinding, sameDuties } from './same-duty.js';

export const multipleLeads: Rule = {
  id: 'multiple-leads',
  defaultSeverity: 'error',
  usesThreshold: true,
  description: {
    en: 'One duty led by more than one department of a jurisdiction (several declare role: lead)',
    zh: '同一项职责由同级政府的多个部门牵头（多头牵头）',
  },
  check(ctx, options) {
    return sameDuties(ctx, options.threshold ?? ctx.matching.threshold)
      .filter(({ a, b }) => a.role === 'lead' && b.role === 'lead')
      .map((pair) => pairFinding(ctx, 'multiple-leads', 'multiple-leads', pair));
  },
};
