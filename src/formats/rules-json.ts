import type { RulesInput } from './context.js';

/** `duty-lint rules --format json` (a module of its own: no table or colour library to load). */
export function formatRulesJson({ rules, lang }: RulesInput): string {
  return JSON.stringify(rules.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, description: r.description[lang] })), null, 2) + '\n';
}
