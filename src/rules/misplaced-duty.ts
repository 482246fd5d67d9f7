import { STATUS, type Duty } from '../graph/graph.js';
import type { RawFinding } from '../types.js';
import { roundScore } from '../score.js';
import { field, onDuty, relatedDuty, type Rule } from './rule.js';

export const misplacedDuty: Rule = {
  id: 'misplaced-duty',
  defaultSeverity: 'warn',
  kind: { en: 'misplacement', zh: '错位' },
  description: {
    en: 'A lower-level duty that implements a higher-level duty of a department that is not among its counterparts',
    zh: '下级职责对应的上级职责属于非对口的上级部门（错位）',
  },
  reads: 'linked',
  options: {},
  needs: ['mandates'],
  messages: {
    'misplaced-duty.explicit': {
      en: 'Implements "{upperTitle}" of {upperName} ({upperRef}), which is not among this department\'s counterparts ({counterparts})',
      zh: '承接{upperName}的职责「{upperTitle}」（{upperRef}），但该部门不是本部门的对口上级（{counterparts}）',
    },
    'misplaced-duty.inferred': {
      en: 'Matches "{upperTitle}" of {upperName} ({upperRef}), which is not among this department\'s counterparts ({counterparts}): similarity {score}, shared terms: {terms}',
      zh: '与{upperName}的职责「{upperTitle}」（{upperRef}）对应，但该部门不是本部门的对口上级（{counterparts}）：相似度 {score}，共同词语：{terms}',
    },
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const { starts, duties, scores, inferred } = ctx.mandates;
    const upperAt = (e: number) => ctx.graph.duties[duties[e]!]!;
    const { statuses } = ctx.graph;
    for (const dept of ctx.graph.departments) {
      const counterparts = new Set(dept.counterparts);
      for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
        if (statuses[i] !== STATUS.active) continue;
        const from = starts[i]!;
        const to = starts[i + 1]!;
        if (from === to) continue;
        const duty = dept.duties[i - dept.firstDuty]!;
        if (ctx.isGeneric(duty)) continue;
        const data = (upper: Duty) => ({
          upperRef: upper.ref, upperName: upper.department.name, upperTitle: upper.title, counterparts: dept.counterparts,
        });
        if (!inferred[i]) {
          const first = ctx.graph.mandates.starts[i]!;
          duty.mandate.forEach((ref, k) => {
            const upper = ctx.graph.duties[ctx.graph.mandates.targets[first + k]!];
            if (!upper || counterparts.has(upper.department.id) || upper.department.jurisdiction === dept.jurisdiction) return;
            out.push(onDuty('misplaced-duty', duty, 'misplaced-duty.explicit', data(upper), {
              loc: field(duty.loc, `mandate/${k}`),
              related: [relatedDuty(upper)], inferred: false, key: ref,
            }));
          });
          continue;
        }
        // Inferred: no counterpart duty matches at all, so the best match lies outside them.
        let matchesCounterpart = false;
        for (let e = from; e < to && !matchesCounterpart; e++) matchesCounterpart = counterparts.has(upperAt(e).department.id);
        if (matchesCounterpart) continue;
        const best = upperAt(from);
        const score = roundScore(scores[from]!);
        const terms = ctx.terms(duty, best);
        out.push(onDuty('misplaced-duty', duty, 'misplaced-duty.inferred', { ...data(best), score, terms }, {
          related: [relatedDuty(best)], score, terms, inferred: true,
        }));
      }
    }
    return out;
  },
};
