import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import { YAML_REASONS } from '../rules/yaml-syntax.js';
import type { Lang, RenderData } from '../types.js';

type Catalogue = Record<string, string>;

/**
 * Every sentence duty-lint says, by message id and language: each rule's own messages, as
 * the rule declares them, and those of the CLI and of `explain` below. Rules report ids and
 * data; the text is rendered here, at the edge, so each output format and language agrees.
 */
const en: Catalogue = {
  // Verdicts of `duty-lint explain`
  'explain.unrelated': 'Neither duty is in the other\'s government or in a government above it: no rule compares them',
  'explain.same-department': 'Both are duties of one department: overlap compares different departments only',
  'explain.generic': '{ref} is boilerplate, which no rule reports on',
  'explain.inactive': '{ref} is not active (cancelled, transferred or delegated)',
  'explain.support': '{ref} is a support duty: it owns nothing, so it overlaps nothing',
  'explain.below': 'Score {score} is below the mutual threshold {mutual} (and the threshold {threshold}): not reported',
  'explain.not-mutual': 'Score {score} reaches the mutual threshold {mutual} but not the threshold {threshold}, and the two are not each other\'s best match (better: {better}, {betterScore}): not reported',
  'explain.one-thing': 'Score {score}, but the two share {things} meaningful thing(s) (two are needed below {one}, unless one title is all the other holds): not reported',
  'explain.divided': 'Reported, settled by division {division} ({subject}): at info at most',
  'explain.same-mandate': 'Reported: both implement {mandate}',
  'explain.fires': 'Reported: score {score} ≥ threshold {threshold}',
  'explain.fires-mutual': 'Reported: score {score} ≥ mutual threshold {mutual}, and each is the other\'s best match',
  'explain.explicit': '{lower} names {upper} in its mandate',
  'explain.explicit-misplaced': '{lower} names {upper} in its mandate, but that department is not among its counterparts: misplaced-duty',
  'explain.misplaced': '{upper} scores {score} for {lower}, clearly more than any counterpart duty (best: {best}, {bestScore}): misplaced-duty',
  'explain.implements': '{lower} implements {upper}: its best counterpart duty, score {score} ≥ {threshold}',
  'explain.covers': '{lower} covers {upper} too: an item of its title, or {upper}\'s title, is mostly held by the other',
  'explain.not-counterpart': '{upper} is not a duty of a counterpart of {lower} ({counterparts}): it counts only as misplaced-duty, when it scores clearly more than every counterpart duty',
  'explain.explicit-other': '{lower} declares its mandate ({other}): no mandate is inferred for it',
  'explain.implements-other': '{lower} implements {other} instead, and does not cover {upper}',
  'explain.not-best': '{best} scores more for {lower} ({bestScore})',
  'explain.mandate-below': 'Score {score} is below the mandate threshold {threshold}, and no item of either title is held by the other',
  'explain.basis': '{lower} has a legal basis ({basis}): founded whatever the texts say',
  'explain.accepted': 'Would be reported, but accepted by an ignore entry of {ref}: {reason}',
  'explain.powers': '{lower} grants a licence or charges a fee that {upper} does not speak of: similarity {similarity}, score {score}',

  // Usage and configuration errors (exit code 2)
  'path-not-found': 'No such file or folder: {path}',
  'glob-no-match': 'No file matches {pattern}',
  'skipped-not-duty': '{file} skipped: it declares no department or division (list it in the config\'s include to lint it anyway)',
  'reference-not-found': 'No such folder: {path} (references: in {config})',
  'not-a-work-tree': '--changed-since needs a git work tree, and {path} is not in one',
  'bad-revision': '--changed-since {rev}: no such git revision',
  'config-not-found': 'Config file not found: {path}',
  'config-yaml': '{file}:{line}:{column}: invalid YAML in the config: {message}',
  'yaml.other': '{reason}',
  'config-encoding': '{file}:{line}:{column}: the config file is not UTF-8 (byte 0x{byte} here): save it as UTF-8',
  'config.unknown-encoding': 'unknown encoding "{encoding}" (encoding:): name one such as gb18030, big5, utf-16le, windows-1252',
  'unknown-encoding': 'Unknown encoding "{encoding}" (--encoding): name one such as gb18030, big5, utf-16le, windows-1252',
  'config-invalid': '{file}:{line}:{column}: {message}',
  'config.generic-pattern': 'generic pattern {pattern} is not a valid regular expression: {reason}',
  'unknown-rule': 'Unknown rule "{rule}". Rules: {rules}',
  'duplicate-rule': 'A rule of the program\'s own has the id "{rule}" of another rule',
  'unknown-format': 'Unknown format "{format}". Formats: {formats}',
  'unknown-format-or-module': 'Unknown format "{format}". Formats: {formats}, or the path of a formatter module (./my-format.mjs)',
  'formatter-not-found': 'Formatter module {file} does not exist',
  'formatter-not-function': 'Formatter module {file} has no default export that is a function (export default function (report) {…})',
  'formatter-not-text': 'Formatter module {file} returned {type}, not text',
  'formatter-failed': 'Formatter module {file} failed: {message}',
  'bad-rule-option': 'Invalid --rule "{value}": expected <rule-id>=<off|info|warn|error>',
  'bad-number': 'Invalid {option} "{value}": expected {expected}',
  'output-is-input': 'Refusing to write a report over {path}: it is one of the files being linted',
  'output-is-config': 'Refusing to write a report over {path}: it is the config file',
  'output-several-stdout': 'Formats {formats} would all go to standard output: give each but one a file (--format {example}:FILE) or use --output-file for one',
  'output-file-unused': '--output-file {path} has no report to take: every --format names its own file',
  'output-failed': 'Could not write {path}: {reason}',
  'no-files': 'No duty files found in {paths} (include: {include})',
  'incomplete-install': 'This installation of duty-lint is incomplete: {file} is missing. Reinstall it (or run `npm run build` in its folder)',
  'read-failed': 'Could not read {path}: {reason}',
  'path-permission-denied': 'Permission denied: {path}',
  'path-broken-link': 'Broken link: {path} points to {target}, which does not exist',
  'path-link-loop': 'Link loop: {path} leads back to itself',
  'path-not-regular': 'Not a regular file or folder: {path} (a device, pipe or socket is never read)',
  'config.outside-root': '{key} pattern "{pattern}" reaches outside the catalogue root (an absolute path or ..): give --allow-outside-root to allow it',
  'config-too-large': 'Config file {path} is {size}, over {limit}: it is not read',
  'config.bad-size': 'max_file_size "{value}" is not a size: write bytes, or a number with KB, MB or GB (10MB)',
  'bad-size': 'Invalid {option} "{value}": expected bytes, or a number with KB, MB or GB (10MB)',
  'output-is-folder': 'Cannot write a report to {path}: it is a folder',
  'output-no-folder': 'Cannot write a report to {path}: the folder {folder} does not exist',
  'output-not-writable': 'Cannot write a report to {path}: permission denied',

  // Findings (yaml-syntax) on what a folder scan or a read met instead of a duty file
  'folder-unreadable': 'This folder cannot be read ({reason}): the duty files in it are not linted',
  'folder-permission-denied': 'Permission denied: this folder cannot be read, so the duty files in it are not linted',
  'link-outside-root': 'This link points outside the catalogue ({target}): not followed, so nothing there is linted',
  'link-loop': 'This link leads back into a folder it is in ({target}): not followed',
  'link-broken': 'Broken link: it points to {target}, which does not exist',
  'not-regular-file': 'This is not a regular file (a device, pipe or socket): it is not read',
  'file-too-large': 'This file is {size}, over the limit of {limit}: it is not read (max_file_size in the config, or --max-file-size, raises the limit)',
  'unknown-duty': 'No duty "{ref}" in this catalogue (a duty is named DEPARTMENT_ID/DUTY_ID)',
  'baseline-not-found': 'Baseline file not found: {path}',
  'baseline-json': '{path}: invalid JSON: {reason}',
  'baseline-invalid': '{path} is not a duty-lint baseline (version 1): {field} is missing or invalid',
  'init-not-a-folder': '{path} is a file: duty-lint init scaffolds a catalogue in a folder (created when missing)',

  // What commands say besides their reports
  'too-many-warnings': 'duty-lint found too many warnings (maximum: {max}).',
  'baseline.written': 'Wrote {path}: {count} finding(s) in the baseline',
  'baseline.pruned': 'Pruned {path}: {removed} stale entry(ies) removed, {count} left',
  'init.created': 'created  {file}',
  'init.skipped': 'skipped  {file}: it exists, left as it is',
  'init.gitignore': 'skipped  {file}: it exists, left as it is; add {line} to it',
  'init.next': 'Next: npm install --save-dev duty-lint, then npx duty-lint {dir}',
};

const zh: Catalogue = {
  'explain.unrelated': '两项职责既不在同一级政府，也不是上下级对口关系：没有规则比较它们',
  'explain.same-department': '两项职责属于同一部门：职责交叉只比较不同部门',
  'explain.generic': '{ref} 是通用条目（套话），任何规则都不对其报告',
  'explain.inactive': '{ref} 不在履职状态（已取消、划出或下放）',
  'explain.support': '{ref} 是配合职责：不主责，因此不构成交叉',
  'explain.below': '得分 {score} 低于互为最佳阈值 {mutual}（及阈值 {threshold}）：不报告',
  'explain.not-mutual': '得分 {score} 达到互为最佳阈值 {mutual}，未达阈值 {threshold}，且两者不互为最佳匹配（更佳：{better}，{betterScore}）：不报告',
  'explain.one-thing': '得分 {score}，但两者只共有 {things} 个有意义的事项（得分低于 {one} 时需要两个，除非一方的标题整个包含在另一方中）：不报告',
  'explain.divided': '报告，但已由职责分工 {division}（{subject}）划分：最多为提示',
  'explain.same-mandate': '报告：两者承接同一上级职责 {mandate}',
  'explain.fires': '报告：得分 {score} ≥ 阈值 {threshold}',
  'explain.fires-mutual': '报告：得分 {score} ≥ 互为最佳阈值 {mutual}，且两者互为最佳匹配',
  'explain.explicit': '{lower} 在 mandate 中写明承接 {upper}',
  'explain.explicit-misplaced': '{lower} 在 mandate 中写明承接 {upper}，但该部门不是其对口上级：错位（misplaced-duty）',
  'explain.misplaced': '{upper} 对 {lower} 的得分 {score} 明显高于任何对口上级职责（最佳：{best}，{bestScore}）：错位（misplaced-duty）',
  'explain.implements': '{lower} 承接 {upper}：对口上级中得分最高的职责，得分 {score} ≥ {threshold}',
  'explain.covers': '{lower} 同时承接 {upper}：其标题中的某一项，或 {upper} 的标题，大部分包含在对方之中',
  'explain.not-counterpart': '{upper} 不属于 {lower} 的对口上级（{counterparts}）：只有在明显高于所有对口职责时才算错位',
  'explain.implements-other': '{lower} 承接的是 {other}，不覆盖 {upper}',
  'explain.explicit-other': '{lower} 已明示承接的上级职责（{other}）：不再推断',
  'explain.not-best': '对 {lower} 而言 {best} 得分更高（{bestScore}）',
  'explain.mandate-below': '得分 {score} 低于承接阈值 {threshold}，且双方标题中没有哪一项大部分包含在对方之中',
  'explain.basis': '{lower} 有法律依据（{basis}）：无论文本如何都有依据',
  'explain.accepted': '本应报告，但已由 {ref} 的 ignore 条目接受：{reason}',
  'explain.powers': '{lower} 设定了许可或收费，而 {upper} 没有相应规定：相似度 {similarity}，得分 {score}',

  'path-not-found': '文件或目录不存在：{path}',
  'glob-no-match': '没有文件匹配 {pattern}',
  'skipped-not-duty': '已跳过 {file}：其中没有部门或职责分工的定义（如仍要检查，请在配置的 include 中列出）',
  'reference-not-found': '文件夹不存在：{path}（见 {config} 的 references:）',
  'not-a-work-tree': '--changed-since 需要在 git 工作区中使用，而 {path} 不在工作区内',
  'bad-revision': '--changed-since {rev}：没有这个 git 版本',
  'config-not-found': '找不到配置文件：{path}',
  'config-yaml': '{file}:{line}:{column}：配置文件 YAML 语法错误：{message}',
  'yaml.other': '{reason}',
  'config-encoding': '{file}:{line}:{column}：配置文件不是 UTF-8 编码（此处为字节 0x{byte}）：请另存为 UTF-8',
  'config.unknown-encoding': '未知编码 "{encoding}"（encoding:）：请写 gb18030、big5、utf-16le、windows-1252 等',
  'unknown-encoding': '未知编码 "{encoding}"（--encoding）：请写 gb18030、big5、utf-16le、windows-1252 等',
  'config-invalid': '{file}:{line}:{column}：{message}',
  'config.generic-pattern': 'generic 中的模式 {pattern} 不是有效的正则表达式：{reason}',
  'unknown-rule': '未知规则 "{rule}"。可用规则：{rules}',
  'duplicate-rule': '程序自带的规则与另一条规则同名："{rule}"',
  'unknown-format': '未知格式 "{format}"。可用格式：{formats}',
  'unknown-format-or-module': '未知格式 "{format}"。可用格式：{formats}，或格式化模块的路径（./my-format.mjs）',
  'formatter-not-found': '格式化模块 {file} 不存在',
  'formatter-not-function': '格式化模块 {file} 没有作为默认导出的函数（export default function (report) {…}）',
  'formatter-not-text': '格式化模块 {file} 返回了 {type}，而不是文本',
  'formatter-failed': '格式化模块 {file} 出错：{message}',
  'bad-rule-option': '--rule "{value}" 无效：应为 <规则id>=<off|info|warn|error>',
  'bad-number': '{option} "{value}" 无效：应为{expected}',
  'output-is-input': '拒绝把报告写到 {path}：它是被检查的文件之一',
  'output-is-config': '拒绝把报告写到 {path}：它是配置文件',
  'output-several-stdout': '格式 {formats} 都会输出到标准输出：除一个外请为每个格式指定文件（--format {example}:文件），或用 --output-file 指定其中一个',
  'output-file-unused': '--output-file {path} 没有可写入的报告：每个 --format 都已指定了文件',
  'output-failed': '无法写入 {path}：{reason}',
  'no-files': '在 {paths} 中没有找到职责文件（include：{include}）',
  'incomplete-install': 'duty-lint 安装不完整：缺少 {file}。请重新安装（或在其目录中运行 `npm run build`）',
  'read-failed': '无法读取 {path}：{reason}',
  'path-permission-denied': '权限不足：{path}',
  'path-broken-link': '链接已失效：{path} 指向的 {target} 不存在',
  'path-link-loop': '链接循环：{path} 指回了自身',
  'path-not-regular': '不是普通文件或文件夹：{path}（设备、管道和套接字一概不读）',
  'config.outside-root': '{key} 中的模式 "{pattern}" 超出了目录根（绝对路径或 ..）：如确需如此，请加 --allow-outside-root',
  'config-too-large': '配置文件 {path} 大小为 {size}，超过 {limit}：未读取',
  'config.bad-size': 'max_file_size "{value}" 不是有效的大小：应为字节数，或带 KB、MB、GB 的数（如 10MB）',
  'bad-size': '{option} "{value}" 无效：应为字节数，或带 KB、MB、GB 的数（如 10MB）',
  'output-is-folder': '无法把报告写到 {path}：它是文件夹',
  'output-no-folder': '无法把报告写到 {path}：文件夹 {folder} 不存在',
  'output-not-writable': '无法把报告写到 {path}：权限不足',

  'folder-unreadable': '无法读取该文件夹（{reason}）：其中的职责文件未被检查',
  'folder-permission-denied': '权限不足，无法读取该文件夹：其中的职责文件未被检查',
  'link-outside-root': '该链接指向目录之外（{target}）：未跟随，其中的内容未被检查',
  'link-loop': '该链接指回其所在的文件夹（{target}）：未跟随',
  'link-broken': '链接已失效：指向的 {target} 不存在',
  'not-regular-file': '这不是普通文件（设备、管道或套接字）：未读取',
  'file-too-large': '该文件大小为 {size}，超过上限 {limit}：未读取（可用配置中的 max_file_size 或 --max-file-size 提高上限）',
  'unknown-duty': '本目录中没有职责 "{ref}"（职责写作 部门id/职责id）',
  'baseline-not-found': '找不到基线文件：{path}',
  'baseline-json': '{path}：JSON 语法错误：{reason}',
  'baseline-invalid': '{path} 不是 duty-lint 基线文件（第 1 版）：{field} 缺失或无效',
  'init-not-a-folder': '{path} 是文件：duty-lint init 在目录中生成目录骨架（目录不存在时会创建）',

  'too-many-warnings': 'duty-lint 发现的警告过多（最多允许 {max} 个）。',
  'baseline.written': '已写入 {path}：基线中共 {count} 个问题',
  'baseline.pruned': '已清理 {path}：删除 {removed} 个过时条目，剩余 {count} 个',
  'init.created': '已创建  {file}',
  'init.skipped': '已跳过  {file}：文件已存在，未改动',
  'init.gitignore': '已跳过  {file}：文件已存在，未改动；请在其中加入 {line}',
  'init.next': '下一步：npm install --save-dev duty-lint，然后运行 npx duty-lint {dir}',
};

// The YAML errors duty-lint recognises, alone, for the config file's ('config-yaml').
for (const [code, text] of Object.entries(YAML_REASONS)) {
  en[`yaml.${code}`] = text.en;
  zh[`yaml.${code}`] = text.zh;
}

for (const rule of RULES) {
  for (const [id, text] of Object.entries(rule.messages)) {
    en[id] = text.en;
    zh[id] = text.zh;
  }
}

const CATALOGUES: Record<Lang, Catalogue> = { en, zh };
const LIST_SEPARATOR: Record<Lang, string> = { en: ', ', zh: '、' };

/**
 * Renders a message in a language: one of the catalogue's, or of `rules` (a program's own
 * rules, LintOptions.extraRules). An unknown id is a bug, and says so.
 */
export function renderMessage(lang: Lang, id: string, data: RenderData, rules: readonly Rule[] = []): string {
  const template = CATALOGUES[lang][id] ?? rules.find((r) => r.messages[id])?.messages[id]![lang];
  if (template === undefined) throw new Error(`no message "${id}" in the catalogue`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = data[name];
    if (v === undefined) return whole;
    return Array.isArray(v) ? v.join(LIST_SEPARATOR[lang]) : String(v);
  });
}
