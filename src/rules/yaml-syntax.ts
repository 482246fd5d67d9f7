import type { Rule } from './rule.js';
import type { YamlErrorCode } from '../load/yaml-errors.js';

/**
 * The YAML syntax errors duty-lint recognises (src/load/yaml-errors.ts), in the user's
 * language and with the likely fix; any other is given in the parser's own words.
 */
export const YAML_REASONS: Record<YamlErrorCode, { en: string; zh: string }> = {
  'indent-mapping': {
    en: 'bad indentation of a mapping entry: indent this key as the other keys of its mapping, with spaces',
    zh: '映射项缩进不正确：请用空格缩进，使该键与同一层级的其他键对齐',
  },
  'indent-sequence': {
    en: 'bad indentation of a list item: start the "- " items of a list at one column, and the keys of an item under its first key',
    zh: '列表项缩进不正确：同一列表的各个“- ”项应从同一列开始，项内的键应与其第一个键对齐',
  },
  'colon-in-value': {
    en: 'the value holds ": ", which YAML reads as a second key: put the whole value in quotes',
    zh: '值中含有“: ”（冒号加空格），YAML 会把它当作另一个键：请把整个值用引号括起来',
  },
  tab: {
    en: 'a tab character in the indentation: YAML indents with spaces only',
    zh: '缩进中有制表符（Tab）：YAML 只能用空格缩进',
  },
  'unclosed-quote': {
    en: 'the quoted text opened here ({quote}) is never closed: add the closing {quote} at its end',
    zh: '此处开始的引号文本（{quote}）没有结束：请在其末尾补上 {quote}',
  },
  'duplicate-key': {
    en: 'the key "{key}" appears twice in this mapping: remove or rename one of them',
    zh: '同一映射中键“{key}”出现了两次：请删去或改名其中一个',
  },
  'fullwidth-colon': {
    en: '"{key}" is followed by a full-width colon "：": use an ASCII colon ":" after the key, then a space ({key}: …)',
    zh: '“{key}”后面是全角冒号“：”：键后请使用半角冒号“:”并加一个空格（{key}: …）',
  },
  'colon-space': {
    en: 'no space after the colon of "{key}:", so YAML reads "{key}:…" as one word: add a space ({key}: …)',
    zh: '“{key}:”的冒号后没有空格，YAML 会把“{key}:…”读作一个词：请在冒号后加一个空格（{key}: …）',
  },
  'missing-colon': {
    en: 'this line has no "key: value" colon: add the key and colon, or, if it goes on with the text of the line above, indent it more than that line\'s key',
    zh: '这一行没有“键: 值”的冒号：请补上键和冒号；如果它是上一行文字的续行，请比上一行的键缩进更多',
  },
  'unexpected-content': {
    en: 'this line does not fit the structure above it: check its indentation, and that no list item ("- ") stands where a key is expected',
    zh: '这一行与上方的结构不符：请检查其缩进，以及是否在应写键的位置写了列表项（“- ”）',
  },
  'flow-comma': {
    en: 'a comma is missing between the items of this [ ] or { }: separate them with an ASCII comma ","',
    zh: '[ ] 或 { } 中的各项之间缺少逗号：请用半角逗号“,”分隔',
  },
  'flow-unclosed': {
    en: 'a [ or { is never closed: add the closing ] or }',
    zh: '[ 或 { 没有闭合：请补上对应的 ] 或 }',
  },
  'null-byte': {
    en: 'a NUL byte (0x00), which text may not hold: the file is damaged or not text; remove the byte',
    zh: '含有 NUL 字节（0x00），文本中不能出现：文件可能已损坏或不是文本文件，请删除该字节',
  },
  'control-character': {
    en: 'a control character ({code}) that YAML does not allow: remove it (it often comes with pasted text)',
    zh: '含有 YAML 不允许的控制字符（{code}）：请删除（常随复制粘贴的文字带入）',
  },
  'lone-surrogate': {
    en: 'half of a UTF-16 surrogate pair ({code}) with no other half, which is no character: remove it (text cut in the middle of a character, or damaged)',
    zh: '含有不成对的 UTF-16 代理码元（{code}），不是有效字符：请删除（文字在字符中间被截断，或已损坏）',
  },
  'unknown-alias': {
    en: 'the alias *{name} names no anchor &{name} above it: define the anchor first, or quote the value if "*" is part of the text',
    zh: '别名 *{name} 没有对应的锚点 &{name}：请先定义锚点；如果“*”是正文的一部分，请给整个值加引号',
  },
  'unknown-tag': {
    en: 'the tag {tag} is not one duty files use (duty-lint neither runs nor reads tags): remove it, and write the value as plain text',
    zh: '标签 {tag} 不是职责文件可用的标签（duty-lint 不执行也不解释标签）：请删去标签，把值写成普通文字',
  },
  'too-deep': {
    en: 'lists or mappings nested more than {depth} deep, which no duty file needs: the document is not read (check for unbalanced [ or {)',
    zh: '列表或映射嵌套超过 {depth} 层，职责文件不需要这么深：该文档未读取（请检查 [ 或 { 是否成对）',
  },
  escape: {
    en: '{sequence} is no escape sequence in double quotes: write \\\\ for a backslash, or use single quotes',
    zh: '{sequence} 不是双引号中有效的转义序列：反斜杠请写成 \\\\，或改用单引号',
  },
};

/** Reported by the loader: a document that does not parse is skipped, a file that cannot be read is skipped whole. */
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
    ...Object.fromEntries(Object.entries(YAML_REASONS).map(([code, text]) => [`yaml-syntax.${code}`, {
      en: `Invalid YAML: ${text.en}`,
      zh: `YAML 语法错误：${text.zh}`,
    }])),
    'yaml-syntax.alias-bomb': {
      en: 'This document expands to more than {limit} nodes through its aliases; it is skipped',
      zh: '该文档经别名（alias）展开后超过 {limit} 个节点，已跳过',
    },
    'yaml-syntax.encoding': {
      en: 'This file is not UTF-8: it looks like {encoding} (byte 0x{byte} here). Save it as UTF-8, or have it read as it is with `encoding: {encoding}` in the config (or --encoding {encoding})',
      zh: '文件不是 UTF-8 编码，看起来是 {encoding}（此处为字节 0x{byte}）。请另存为 UTF-8，或在配置中写 `encoding: {encoding}`（或使用 --encoding {encoding}）按原编码读取',
    },
    'yaml-syntax.not-utf8': {
      en: 'This file is not UTF-8 (byte 0x{byte} here), and its encoding cannot be told: save it as UTF-8, or name its encoding with `encoding:` in the config (or --encoding)',
      zh: '文件不是 UTF-8 编码（此处为字节 0x{byte}），也无法判断其编码：请另存为 UTF-8，或在配置中用 `encoding:`（或 --encoding）指明其编码',
    },
  },
};
