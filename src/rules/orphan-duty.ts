import type { AnalysisContext } from '../analysis/context.js';
import type { Department, Duty } from '../graph/graph.js';
import type { RawFinding } from '../types.js';
import { onDuty, THRESHOLD_OPTION, type Rule } from './rule.js';
import { sameDuties } from './same-duty.js';

export const orphanDuty: Rule = {
  id: 'orphan-duty',
  defaultSeverity: 'warn',
  kind: { en: 'gap', zh: '缺位' },
  description: {
    en: 'A duty with no owner in its jurisdiction: support with no lead, or transferred to nobody or to a department that does not list it',
    zh: '职责在本级政府无人主责：只有配合部门而无牵头部门，或划出后无人承接（缺位）',
  },
  reads: 'government',
  options: { threshold: THRESHOLD_OPTION },
  needs: ['same-duty-pairs'],
  messages: {
    'orphan-duty.no-lead': {
      en: 'Support duty "{title}" names no lead, and no department of this jurisdiction holds it as lead or main',
      zh: '配合职责「{title}」未写明牵头部门，本级政府也没有部门以牵头或主体承担该职责',
    },
    'orphan-duty.transferred-to-nobody': {
      en: 'Duty "{title}" is transferred, but transferred_to names no receiving department',
      zh: '职责「{title}」已划出，但未写明承接部门（transferred_to）',
    },
    'orphan-duty.not-received': {
      en: 'Duty "{title}" is transferred to {receiverName} ({receiver}), which holds no matching duty',
      zh: '职责「{title}」划给{receiverName}（{receiver}），但该部门没有相应职责',
    },
  },
  check(ctx, options) {
    const threshold = options.threshold ?? ctx.matching.threshold;
    const out: RawFinding[] = [];
    // Duties whose subject another department of the jurisdiction holds as lead or main:
    // the same duty, by the same mandate item or by text, as overlap sees it.
    const owned = new Set<Duty>();
    for (const { a, b, as, bs } of sameDuties(ctx, threshold)) {
      if (as && bs) {
        ownedInGroup(as, bs, owned);
        continue;
      }
      if (b.role !== 'support') owned.add(a);
      if (a.role !== 'support') owned.add(b);
    }

    for (const duty of ctx.graph.duties) {
      if (duty.status === 'active' && duty.role === 'support' && duty.lead === undefined &&
          !owned.has(duty)) {
        out.push(onDuty('orphan-duty', duty, 'orphan-duty.no-lead', { title: duty.title }));
      }
      if (duty.status !== 'transferred') continue;
      if (duty.transferredTo === undefined) {
        out.push(onDuty('orphan-duty', duty, 'orphan-duty.transferred-to-nobody', { title: duty.title }));
        continue;
      }
      const receiver = ctx.graph.departmentById.get(duty.transferredTo);
      if (receiver && !receives(ctx, duty, receiver.duties, threshold)) {
        out.push(onDuty('orphan-duty', duty, 'orphan-duty.not-received', {
          title: duty.title, receiver: receiver.id, receiverName: receiver.name,
        }, { related: [{ department: receiver.id, loc: receiver.loc }] }));
      }
    }
    return out;
  },
};

/** Adds to `owned` the duties of a same-duty group (SameDuty) that pair with a duty another department holds as lead or main. */
function ownedInGroup(as: readonly Duty[], bs: readonly Duty[], owned: Set<Duty>): void {
  const owners = (side: readonly Duty[]) => {
    const by = new Map<Department, number>();
    let all = 0;
    for (const d of side) {
      if (d.role === 'support') continue;
      all++;
      by.set(d.department, (by.get(d.department) ?? 0) + 1);
    }
    return (d: Duty) => all - (by.get(d.department) ?? 0) > 0;
  };
  const inBs = owners(bs);
  for (const d of as) if (inBs(d)) owned.add(d);
  if (bs === as) return;
  const inAs = owners(as);
  for (const d of bs) if (inAs(d)) owned.add(d);
}

/** The receiver lists the duty: same id, same mandate item, or a matching text, on an active duty. */
function receives(ctx: AnalysisContext, duty: Duty, candidates: Duty[], threshold: number): boolean {
  return candidates.some((d) => d.status === 'active' && (
    d.id === duty.id ||
    d.mandate.some((ref) => duty.mandate.includes(ref)) ||
    ctx.similarity(duty, d) >= threshold - 1e-9));
}
