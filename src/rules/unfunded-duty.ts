import type { RawFinding } from '../types.js';
import { onDuty, type Rule } from './rule.js';

export const unfundedDuty: Rule = {
  id: 'unfunded-duty',
  defaultSeverity: 'off',
  kind: { en: 'no budget', zh: '事权无财权' },
  description: {
    en: 'An active duty with no budget line, for catalogues that track budgets',
    zh: '在履职责没有对应的预算项目（事权无财权），适用于登记预算的目录',
  },
  reads: 'file',
  options: {},
  needs: [],
  messages: {
    'unfunded-duty': {
      en: 'Active duty "{title}" has no budget line',
      zh: '在履职责「{title}」没有预算项目',
    },
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const duty of ctx.graph.duties) {
      if (duty.status === 'active' && duty.budget.length === 0) {
        out.push(onDuty('unfunded-duty', duty, 'unfunded-duty', { title: duty.title }));
      }
    }
    return out;
  },
};
