import Table from 'cli-table3';
import type { RulesInput } from './context.js';
import { painter, printable, tableStyle, wrap } from './text.js';

const DESCRIPTION_WIDTH = 60;

const HEAD = { en: ['rule', 'default', 'finds'], zh: ['规则', '默认级别', '发现的问题'] };

/** `duty-lint rules` as a table. */
export function formatRulesText({ rules, lang, color }: RulesInput): string {
  const c = painter(color);
  const table = new Table({
    head: HEAD[lang],
    style: tableStyle(color),
  });
  // cli-table3 cannot wrap Chinese without breaking it, so descriptions come wrapped.
  // A program's own rules (LintOptions.extraRules) say what they like: shown with printable().
  for (const r of rules) table.push([c.cyan(printable(r.id)), r.defaultSeverity, wrap(printable(r.description[lang]), DESCRIPTION_WIDTH)]);
  return table.toString() + '\n';
}
