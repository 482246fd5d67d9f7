import type { Rule } from './rule.js';

/** Reported by the loader; a bad duty is dropped, a bad department or division header drops the document. */
export const schema: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  description: {
    en: 'A document that breaks the JSON Schema, placed at the offending node',
    zh: '文档不符合 JSON Schema（定位到出错的节点）',
  },
};
