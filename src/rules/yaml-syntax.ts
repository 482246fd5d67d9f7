import type { Rule } from './rule.js';

/** Reported by the loader: a file that does not parse is skipped whole. */
export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  kind: { en: 'file error', zh: '文件错误' },
  description: {
    en: 'A file that is not valid YAML (with line and column)',
    zh: '文件不是有效的 YAML（给出行号和列号）',
  },
  reads: 'file',
  options: {},
  needs: [],
  messages: {
    'yaml-syntax': {
      en: 'Invalid YAML: {reason}',
      zh: 'YAML 语法错误：{reason}',
    },
    'yaml-syntax.alias-bomb': {
      en: 'This document expands to more than {limit} nodes through its aliases; it is skipped',
      zh: '该文档经别名（alias）展开后超过 {limit} 个节点，已跳过',
    },
  },
};
