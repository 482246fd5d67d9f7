import type { Rule } from './rule.js';

/** Reported by the loader; a bad duty is dropped, a bad department or division header drops the document. */
export const schema: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  kind: { en: 'file error', zh: '文件错误' },
  description: {
    en: 'A document that breaks the JSON Schema, placed at the offending node',
    zh: '文档不符合 JSON Schema（定位到出错的节点）',
  },
  reads: 'file',
  options: {},
  needs: [],
  messages: {
    'schema.not-mapping': {
      en: 'A document must be a mapping with a kind (got {got})',
      zh: '文档必须是带有 kind 字段的映射（实际为 {got}）',
    },
    'schema.required': {
      en: '{path} is missing the required field "{field}"',
      zh: '{path} 缺少必填字段 "{field}"',
    },
    'schema.unknown-field': {
      en: '{path} has an unknown field "{field}" (allowed: {allowed})',
      zh: '{path} 含有未知字段 "{field}"（可用字段：{allowed}）',
    },
    'schema.unknown-field.suggest': {
      en: '{path} has an unknown field "{field}": did you mean "{suggestion}"? (allowed: {allowed})',
      zh: '{path} 含有未知字段 "{field}"：是否应为 "{suggestion}"？（可用字段：{allowed}）',
    },
    'schema.fullwidth-colon': {
      en: '{path} is one text, not fields: "{key}" is followed by a full-width colon "："; use an ASCII colon ":" after each key, then a space ({key}: …)',
      zh: '{path} 是一段文字而不是字段：“{key}”后面是全角冒号“：”；每个键后请使用半角冒号“:”并加一个空格（{key}: …）',
    },
    'schema.enum': {
      en: '{path} must be one of {allowed} (got {got})',
      zh: '{path} 必须是 {allowed} 之一（实际为 {got}）',
    },
    'schema.type': {
      en: '{path} must be of type {type} (got {got})',
      zh: '{path} 的类型必须是 {type}（实际为 {got}）',
    },
    'schema.pattern': {
      en: '{path} must match {pattern}: lower-case letters, digits, ".", "_", "-" (got {got})',
      zh: '{path} 必须匹配 {pattern}：只能用小写字母、数字、"."、"_"、"-"（实际为 {got}）',
    },
    'schema.empty': {
      en: '{path} must not be empty',
      zh: '{path} 不能为空',
    },
    'schema.blank': {
      en: '{path} is blank: it holds only white space ({spaces})',
      zh: '{path} 只有空白字符（{spaces}），没有内容',
    },
    'schema.min-items': {
      en: '{path} must have at least {limit} items',
      zh: '{path} 至少要有 {limit} 项',
    },
    'schema.range': {
      en: '{path} must be {comparison} {limit} (got {got})',
      zh: '{path} 必须 {comparison} {limit}（实际为 {got}）',
    },
    'schema.other': {
      en: '{path} {reason}',
      zh: '{path} {reason}',
    },
  },
};
