import { byCodeUnit } from '../compare.js';
import { addToGroup } from '../groups.js';
import { inForce, type Department } from '../graph/graph.js';
import { roundScore } from '../score.js';
import type { MessageData, RawFinding } from '../types.js';
import { relatedDuty, type Rule } from './rule.js';

export const mandateGap: Rule = {
  id: 'mandate-gap',
  defaultSeverity: 'warn',
  kind: { en: 'gap', zh: '缺位' },
  description: {
    en: 'A cascading higher-level duty that no department of a lower jurisdiction implementing that counterpart covers',
    zh: '上级部门需向下延伸的职责，在下级政府的对口部门中无人承接（缺位）',
  },
  reads: 'linked',
  options: {},
  needs: ['mandates'],
  messages: {
    'mandate-gap': {
      en: 'Higher-level duty "{upperTitle}" of {upperName} ({upperRef}) is covered by no duty of {departments} in {jurisdiction}',
      zh: '上级职责「{upperTitle}」（{upperName}，{upperRef}）在 {jurisdiction} 的{departments}中无人承接',
    },
    'mandate-gap.nearest': {
      en: 'Higher-level duty "{upperTitle}" of {upperName} ({upperRef}) is covered by no duty of {departments} in {jurisdiction}; nearest: "{nearestTitle}" ({nearestRef}), score {nearestScore}',
      zh: '上级职责「{upperTitle}」（{upperName}，{upperRef}）在 {jurisdiction} 的{departments}中无人承接；最接近的是「{nearestTitle}」（{nearestRef}），得分 {nearestScore}',
    },
  },
  check(ctx) {
    const { graph } = ctx;
    // Lower departments implementing each higher department, by lower jurisdiction.
    const implementers = new Map<Department, Map<string, Department[]>>();
    for (const dept of graph.departments) {
      for (const id of new Set(dept.counterparts)) {
        const upper = graph.departmentById.get(id);
        if (!upper || upper.jurisdiction === dept.jurisdiction) continue;
        let byJurisdiction = implementers.get(upper);
        if (!byJurisdiction) implementers.set(upper, (byJurisdiction = new Map()));
        addToGroup(byJurisdiction, dept.jurisdiction, dept);
      }
    }

    const out: RawFinding[] = [];
    const { starts, duties } = ctx.mandates;
    // Covered upper duties of the (upper department, jurisdiction) being checked, by stamp.
    const covered = new Int32Array(graph.duties.length);
    let stamp = 0;
    for (const [upper, byJurisdiction] of implementers) {
      const expected = upper.duties.filter((d) => d.cascade && (d.status === 'active' || d.status === 'delegated') && !ctx.isGeneric(d));
      if (expected.length === 0) continue;
      for (const jurisdiction of [...byJurisdiction.keys()].sort(byCodeUnit)) {
        const lower = byJurisdiction.get(jurisdiction)!;
        stamp++;
        for (const dept of lower) {
          for (let i = dept.firstDuty; i < dept.firstDuty + dept.duties.length; i++) {
            if (!inForce(graph.statuses[i]!)) continue;
            for (let e = starts[i]!; e < starts[i + 1]!; e++) covered[duties[e]!] = stamp;
          }
        }
        const first = lower[0]!;
        for (const duty of expected) {
          if (covered[duty.index] === stamp) continue;
          const data: MessageData = { upperRef: duty.ref, upperName: upper.name, upperTitle: duty.title, jurisdiction, departments: lower.map((d) => d.name) };
          const near = ctx.matcher.nearestLower(duty, lower);
          if (near) Object.assign(data, { nearestRef: near.duty.ref, nearestTitle: near.duty.title, nearestScore: roundScore(near.score) });
          out.push({
            rule: 'mandate-gap',
            messageId: near ? 'mandate-gap.nearest' : 'mandate-gap',
            data,
            loc: first.loc,
            department: first.id,
            duty: duty.ref,
            related: [relatedDuty(duty), ...lower.slice(1).map((d) => ({ department: d.id, loc: d.loc }))],
            ...(near ? { nearest: { duty: near.duty.ref, score: roundScore(near.score) } } : {}),
            key: jurisdiction,
          });
        }
      }
    }
    return out;
  },
};
