import { danglingReference } from './dangling-reference.js';
import { duplicateId } from './duplicate-id.js';
import { mandateGap } from './mandate-gap.js';
import { misplacedDuty } from './misplaced-duty.js';
import { multipleLeads } from './multiple-leads.js';
import { orphanDuty } from './orphan-duty.js';
import { overlap } from './overlap.js';
import type { Rule } from './rule.js';
import { schema } from './schema.js';
import { selfContradiction } from './self-contradiction.js';
import { unfoundedDuty } from './unfounded-duty.js';
import { unfundedDuty } from './unfunded-duty.js';
import { unusedIgnore } from './unused-ignore.js';
import { yamlSyntax } from './yaml-syntax.js';

/** Every rule of FORMAT.md version 1, in the order of its table. */
export const RULES: readonly Rule[] = [
  yamlSyntax, schema, duplicateId, danglingReference, overlap, multipleLeads,
  orphanDuty, mandateGap, unfoundedDuty, misplacedDuty, unfundedDuty, unusedIgnore, selfContradiction,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { Analysis, Reads, Rule, RuleOptions } from './rule.js';
