import type { Rule } from '../rules/rule.js';

/**
 * The `rules:` entry of the config schema, from the rules' declarations: each rule by its id,
 * set by a severity or by an object of its severity and its own options.
 */
export function rulesSchema(rules: readonly Rule[]): object {
  return {
    type: 'object',
    description: 'Per rule: a severity (off | info | warn | error), or { severity, and the rule\'s own options }',
    additionalProperties: false,
    properties: Object.fromEntries(rules.map((rule) => [rule.id, {
      description: rule.description.en,
      oneOf: [
        { $ref: '#/definitions/severity' },
        {
          type: 'object',
          additionalProperties: false,
          properties: { severity: { $ref: '#/definitions/severity' }, ...rule.options },
        },
      ],
    }])),
  };
}
