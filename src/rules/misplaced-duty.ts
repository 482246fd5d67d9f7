import type { RawFinding } from '../types.js';
import { roundScore } from '../text/text-index.js';
import { field, onDuty, relatedDuty, type Rule } from './rule.js';

export const misplacedDuty: Rule = {
  id: 'misplaced-duty',
  defaultSeverity: 'warn',
  description: {
    en: 'A lower-level duty that implements a higher-level duty of a department that is not among its counterparts',
    zh: '下级职责对应的上级职责属于非对口的上级部门（错位）',
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const dept of ctx.graph.departments) {
      const counterparts = new Set(dept.counterparts);
      for (const duty of dept.duties) {
        if (duty.status !== 'active') continue;
        const edges = ctx.mandatesOf(duty);
        if (edges.length === 0) continue;
        const data = (upper: (typeof edges)[number]['duty']) => ({
          upperRef: upper.ref, upperName: upper.department.name, upperTitle: upper.title, counterparts: dept.counterparts,
        });
        if (!edges[0]!.inferred) {
          duty.mandate.forEach((ref, i) => {
            const upper = ctx.graph.dutyByRef.get(ref);
            if (!upper || counterparts.has(upper.department.id) || upper.department.jurisdiction === dept.jurisdiction) return;
            out.push(onDuty('misplaced-duty', duty, 'misplaced-duty.explicit', data(upper), {
              loc: field(duty.loc, `mandate/${i}`),
              related: [relatedDuty(upper)], inferred: false, key: ref,
            }));
          });
          continue;
        }
        // Inferred: the best match lies outside the counterparts, and no counterpart duty matches at all.
        const best = edges[0]!;
        if (counterparts.has(best.duty.department.id)) continue;
        if (edges.some((e) => counterparts.has(e.duty.department.id))) continue;
        const score = roundScore(best.score!);
        const terms = ctx.terms(duty, best.duty);
        out.push(onDuty('misplaced-duty', duty, 'misplaced-duty.inferred', { ...data(best.duty), score, terms }, {
          related: [relatedDuty(best.duty)], score, terms, inferred: true,
        }));
      }
    }
    return out;
  },
};
