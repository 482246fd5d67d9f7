import type { Location, RawFinding } from '../types.js';
import { field, type Rule } from './rule.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  kind: { en: 'duplicate id', zh: '重复定义' },
  description: {
    en: 'A department, duty or division id defined twice (the first definition is used)',
    zh: '部门、职责或职责分工的 id 重复定义（以第一次定义为准）',
  },
  reads: 'file',
  options: {},
  needs: [],
  messages: {
    'duplicate-id.department': {
      en: 'Department id "{id}" is defined again; the first definition, at {first}, is used',
      zh: '部门 id "{id}" 重复定义，以 {first} 处的第一次定义为准',
    },
    'duplicate-id.duty': {
      en: 'Duty id "{id}" is defined again; the first definition, at {first}, is used',
      zh: '职责 id "{id}" 重复定义，以 {first} 处的第一次定义为准',
    },
    'duplicate-id.division': {
      en: 'Division id "{id}" is defined again; the first definition, at {first}, is used',
      zh: '职责分工 id "{id}" 重复定义，以 {first} 处的第一次定义为准',
    },
    'duplicate-id.party': {
      en: 'Department "{id}" is a party of this division again (first at {first}): list each department once, with all its duties',
      zh: '部门 "{id}" 在本职责分工中重复列为当事部门（第一次在 {first}）：每个部门只列一次，并写明其全部职责',
    },
  },
  check({ graph }) {
    // A redefinition is known by its kind and id, and when there are several, by its order
    // (graph order: files, then documents and duties in file order), not by file or place.
    const seen = new Map<string, number>();
    const found = graph.duplicates.map((d): RawFinding => {
      const id = `${d.kind}:${d.id}`;
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      return {
        rule: 'duplicate-id',
        messageId: `duplicate-id.${d.kind}`,
        data: { id: d.id, first: d.first },
        loc: d.duplicate,
        related: [{ loc: d.first }],
        key: n > 1 ? `${id}#${n}` : id,
        ...(d.kind === 'duty' ? { duty: d.id, department: d.id.slice(0, d.id.indexOf('/')) } : {}),
        ...(d.kind === 'department' ? { department: d.id } : {}),
      };
    });
    for (const div of graph.divisions) {
      const first = new Map<string, Location>();
      for (const party of div.parties) {
        const at = field(party.loc, 'department');
        const earlier = first.get(party.department);
        if (!earlier) {
          first.set(party.department, at);
          continue;
        }
        // Known, as the ids above, by the division, the department and the order of the repeats.
        const id = `party:${div.id}:${party.department}`;
        const n = (seen.get(id) ?? 0) + 1;
        seen.set(id, n);
        found.push({
          rule: 'duplicate-id', messageId: 'duplicate-id.party', data: { id: party.department, first: earlier },
          loc: at, related: [{ loc: earlier }], key: n > 1 ? `${id}#${n}` : id,
        });
      }
    }
    return found;
  },
};
