import Table from 'cli-table3';
import { RULES } from '../rules/index.js';
import type { Lang } from '../types.js';
import { painter, tableStyle, wrap } from './text.js';

const DESCRIPTION_WIDTH = 60;

const HEAD = { en: ['rule', 'default', 'finds'], zh: ['规则', '默认级别', '发现的问题'] };

/** The rule list of `duty-lint rules`. */
export function formatRules({ lang, color, format }: { lang: Lang; color: boolean; format: string }): string {
  if (format === 'json') {
    return JSON.stringify(RULES.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, description: r.description[lang] })), null, 2) + '\n';
  }
  const c = painter(color);
  const table = new Table({
    head: HEAD[lang],
    style: tableStyle(color),
  });
  // cli-table3 cannot wrap Chinese without breaking it, so descriptions come wrapped.
  for (const r of RULES) table.push([c.cyan(r.id), r.defaultSeverity, wrap(r.description[lang], DESCRIPTION_WIDTH)]);
  return table.toString() + '\n';
}
