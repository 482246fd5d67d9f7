import type { RawFinding } from '../types.js';
import type { Rule } from './rule.js';

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
  },
  check({ graph }) {
    // A redefinition is known by its kind and id, and when there are several, by its order
    // (graph order: files, then documents and duties in file order), not by file or place.
    const seen = new Map<string, number>();
    return graph.duplicates.map((d): RawFinding => {
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
  },
};
