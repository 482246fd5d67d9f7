import { departmentOfRef, MANDATE_DANGLING } from '../graph/graph.js';
import type { Location, RawFinding } from '../types.js';
import { field, type Rule } from './rule.js';

export const danglingReference: Rule = {
  id: 'dangling-reference',
  defaultSeverity: 'error',
  kind: { en: 'broken reference', zh: '引用不存在' },
  description: {
    en: 'A counterpart, mandate, lead, transferred_to, division party or duty that does not exist',
    zh: '对口上级部门、上级职责、牵头部门、划出去向、分工当事部门或职责不存在',
  },
  reads: 'file',
  options: {},
  needs: [],
  messages: {
    'dangling-reference.department': {
      en: '{field} refers to department "{department}", which does not exist',
      zh: '{field} 引用的部门 "{department}" 不存在',
    },
    'dangling-reference.duty': {
      en: '{field} refers to duty "{target}", which does not exist in department "{department}"',
      zh: '{field} 引用的职责 "{target}" 在部门 "{department}" 中不存在',
    },
  },
  check({ graph }) {
    const out: RawFinding[] = [];
    const hasDept = (id: string) => graph.departmentById.has(id);
    /**
     * A reference in `name` (`name/index` for a list item) of a declaration. Its identity is
     * the declaration's id (the finding's department or duty; `within`, a division) with the
     * field's name and the target, never the item's index: it survives insertions above.
     */
    const report = (owner: Location, name: string, index: number | undefined, target: string, extra: Partial<RawFinding>, within = '') => {
      const dept = departmentOfRef(target);
      out.push({
        rule: 'dangling-reference',
        messageId: target.includes('/') && hasDept(dept) ? 'dangling-reference.duty' : 'dangling-reference.department',
        data: { field: index === undefined ? name : `${name}[${index}]`, target, department: dept },
        loc: field(owner, index === undefined ? name : `${name}/${index}`),
        key: `${within}${name}:${target}`,
        ...extra,
      });
    };

    for (const dept of graph.departments) {
      dept.counterparts.forEach((id, i) => {
        if (!hasDept(id)) report(dept.loc, 'counterparts', i, id, { department: dept.id });
      });
      for (const duty of dept.duties) {
        const onDuty = (name: string, index: number | undefined, target: string) => report(duty.loc, name, index, target, { department: dept.id, duty: duty.ref });
        const first = graph.mandates.starts[duty.index]!;
        for (let i = 0; i < duty.mandate.length; i++) {
          if (graph.mandates.targets[first + i] === MANDATE_DANGLING) onDuty('mandate', i, duty.mandate[i]!);
        }
        if (duty.lead !== undefined) {
          const ok = duty.lead.includes('/') ? graph.dutyByRef.has(duty.lead) : hasDept(duty.lead);
          if (!ok) onDuty('lead', undefined, duty.lead);
        }
        if (duty.transferredTo !== undefined && !hasDept(duty.transferredTo)) onDuty('transferred_to', undefined, duty.transferredTo);
      }
    }
    for (const div of graph.divisions) {
      const within = `division:${div.id}:`;
      for (const party of div.parties) {
        if (!hasDept(party.department)) {
          report(party.loc, 'department', undefined, party.department, {}, within);
          continue;
        }
        party.duties.forEach((id, i) => {
          const ref = `${party.department}/${id}`;
          if (!graph.dutyByRef.has(ref)) report(party.loc, 'duties', i, ref, { department: party.department }, within);
        });
      }
    }
    return out;
  },
};
