import type { AnalysisContext } from '../analysis/context.js';
import { THRESHOLD_OPTION, type Rule } from './rule.js';
import { readUnits, sameDuties, sameDutyFindings, type Reading, type Reported } from './same-duty.js';

/**
 * The pairs overlap reports on. Two leads are multiple-leads' finding. A support duty owns
 * nothing: it works under a lead (named or not; orphan-duty asks whether there is one), so
 * it is no overlap.
 */
export const OVERLAP_READING: Reading = { member: (d) => d.role !== 'support', leads: false };

export const overlap: Rule = {
  id: 'overlap',
  defaultSeverity: 'warn',
  kind: { en: 'overlap', zh: '职责交叉' },
  description: {
    en: 'Two departments of one jurisdiction hold the same or nearly the same active duty, with no division and no lead/support split',
    zh: '同一级政府的两个部门承担相同或近似的职责，且没有职责分工或牵头/配合关系（职责交叉）',
  },
  reads: 'government',
  options: { threshold: THRESHOLD_OPTION },
  needs: ['same-duty-pairs'],
  messages: {
    'overlap.text': {
      en: 'Overlaps with "{otherTitle}" of {otherName} ({otherRef}): similarity {score}, shared terms: {terms}',
      zh: '与{otherName}的职责「{otherTitle}」（{otherRef}）交叉：相似度 {score}，共同词语：{terms}',
    },
    'overlap.text-divided': {
      en: 'Overlaps with "{otherTitle}" of {otherName} ({otherRef}), settled by division {division} ({subject}): similarity {score}, shared terms: {terms}',
      zh: '与{otherName}的职责「{otherTitle}」（{otherRef}）交叉，已由职责分工 {division}（{subject}）划分：相似度 {score}，共同词语：{terms}',
    },
    'overlap.mandate': {
      en: 'Implements the same higher-level duty {mandate} as {otherName} ({otherRef}), with no division or lead/support split',
      zh: '与{otherName}（{otherRef}）承接同一上级职责 {mandate}，但没有职责分工或牵头/配合关系',
    },
    'overlap.mandate-divided': {
      en: 'Implements the same higher-level duty {mandate} as {otherName} ({otherRef}), settled by division {division} ({subject})',
      zh: '与{otherName}（{otherRef}）承接同一上级职责 {mandate}，已由职责分工 {division}（{subject}）划分',
    },
    // A group (same-duty.ts): one finding for many duties that are one duty, the first MAX_RELATED in related.
    'overlap.text-group': {
      en: 'Overlaps with {others} duties of {departments} other departments that are the same duty, among them "{otherTitle}" of {otherName} ({otherRef}): similarity {score}, shared terms: {terms} ({listed} listed in related)',
      zh: '与其他 {departments} 个部门的 {others} 项相同或近似职责交叉，其中有{otherName}的职责「{otherTitle}」（{otherRef}）：相似度 {score}，共同词语：{terms}（related 列出 {listed} 项）',
    },
    'overlap.text-group-divided': {
      en: 'Overlaps with {others} duties of {departments} other departments that are the same duty, among them "{otherTitle}" of {otherName} ({otherRef}), settled by division {division} ({subject}): similarity {score}, shared terms: {terms} ({listed} listed in related)',
      zh: '与其他 {departments} 个部门的 {others} 项相同或近似职责交叉，其中有{otherName}的职责「{otherTitle}」（{otherRef}），已由职责分工 {division}（{subject}）划分：相似度 {score}，共同词语：{terms}（related 列出 {listed} 项）',
    },
    'overlap.mandate-group': {
      en: 'Implements the same higher-level duty {mandate} as {others} duties of {departments} other departments, among them {otherName} ({otherRef}), with no division or lead/support split ({listed} listed in related)',
      zh: '与其他 {departments} 个部门的 {others} 项职责承接同一上级职责 {mandate}，其中有{otherName}（{otherRef}），但没有职责分工或牵头/配合关系（related 列出 {listed} 项）',
    },
    'overlap.mandate-group-divided': {
      en: 'Implements the same higher-level duty {mandate} as {others} duties of {departments} other departments, among them {otherName} ({otherRef}), settled by division {division} ({subject}) ({listed} listed in related)',
      zh: '与其他 {departments} 个部门的 {others} 项职责承接同一上级职责 {mandate}，其中有{otherName}（{otherRef}），已由职责分工 {division}（{subject}）划分（related 列出 {listed} 项）',
    },
  },
  check(ctx, options) {
    return sameDutyFindings(ctx, 'overlap', sameDuties(ctx, options.threshold ?? ctx.matching.threshold), OVERLAP_READING);
  },
};

/** The pairs and groups of duties the overlap rule reports on (settled by a division or not); `duty-lint graph` draws them too. */
export function overlappingDuties(ctx: AnalysisContext, threshold: number): Reported[] {
  return readUnits(sameDuties(ctx, threshold), OVERLAP_READING);
}
