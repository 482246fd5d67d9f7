import { declaresMandate, STATUS } from '../graph/graph.js';
import type { RawFinding } from '../types.js';
import { roundScore } from '../score.js';
import { onDuty, type Rule } from './rule.js';

export const unfoundedDuty: Rule = {
  id: 'unfounded-duty',
  defaultSeverity: 'warn',
  kind: { en: 'overreach', zh: '越位' },
  description: {
    en: 'A lower-level duty with no higher-level mandate it implements (explicit or inferred) and no legal basis',
    zh: '下级部门的职责既无对应的上级职责（明示或推断），也无法律依据（越位）',
  },
  reads: 'linked',
  options: {},
  needs: ['mandates'],
  messages: {
    'unfounded-duty': {
      en: 'Duty "{title}" implements no duty of its higher-level counterparts ({counterparts}) and has no legal basis',
      zh: '职责「{title}」在对口上级部门（{counterparts}）中找不到对应职责，也没有法律依据',
    },
    'unfounded-duty.nearest': {
      en: 'Duty "{title}" implements no duty of its higher-level counterparts ({counterparts}) and has no legal basis; nearest: "{nearestTitle}" ({nearestRef}), score {nearestScore}',
      zh: '职责「{title}」在对口上级部门（{counterparts}）中找不到对应职责，也没有法律依据；最接近的是「{nearestTitle}」（{nearestRef}），得分 {nearestScore}',
    },
    'unfounded-duty.powers': {
      en: 'Duty "{title}" grants a licence or charges a fee that no duty of its higher-level counterparts ({counterparts}) provides for, and has no legal basis; most similar: "{nearestTitle}" ({nearestRef}), similarity {nearestScore}',
      zh: '职责「{title}」设定的许可或收费在对口上级部门（{counterparts}）的职责中没有依据，也没有法律依据；最相似的是「{nearestTitle}」（{nearestRef}），相似度 {nearestScore}',
    },
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const { starts } = ctx.mandates;
    const { statuses } = ctx.graph;
    for (const dept of ctx.graph.departments) {
      // A department naming itself as its counterpart names no higher level (self-contradiction reports it).
      const counterparts = dept.counterparts.includes(dept.id) ? dept.counterparts.filter((id) => id !== dept.id) : dept.counterparts;
      if (counterparts.length === 0) continue;
      dept.duties.forEach((duty, k) => {
        // By index first (status, explicit and inferred mandates): most duties end there.
        const i = dept.firstDuty + k;
        if (statuses[i] !== STATUS.active || declaresMandate(ctx.graph, i) || starts[i + 1]! > starts[i]!) return;
        if (duty.basis.length > 0 || ctx.isGeneric(duty)) return;
        const near = ctx.nearestMandate(duty);
        const data = { title: duty.title, counterparts };
        out.push(near
          ? onDuty('unfounded-duty', duty, near.powers ? 'unfounded-duty.powers' : 'unfounded-duty.nearest', {
            ...data, nearestRef: near.duty.ref, nearestTitle: near.duty.title, nearestScore: roundScore(near.score),
          }, { nearest: { duty: near.duty.ref, score: roundScore(near.score) } })
          : onDuty('unfounded-duty', duty, 'unfounded-duty', data));
      });
    }
    return out;
  },
};
