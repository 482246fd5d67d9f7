import type { Rule } from './rule.js';

/** Reported by the loader: a file that does not parse is skipped whole. */
export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: {
    en: 'A file that is not valid YAML (with line and column)',
    zh: '文件不是有效的 YAML（给出行号和列号）',
  },
};
