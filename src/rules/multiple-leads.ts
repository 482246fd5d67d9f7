import { THRESHOLD_OPTION, type Rule } from './rule.js';
import { pairFinding, sameDuties } from './same-duty.js';

export const multipleLeads: Rule = {
  id: 'multiple-leads',
  defaultSeverity: 'error',
  kind: { en: 'multiple leads', zh: '多头牵头' },
  description: {
    en: 'One duty led by more than one department of a jurisdiction (several declare role: lead)',
    zh: '同一项职责由同级政府的多个部门牵头（多头牵头）',
  },
  reads: 'government',
  options: { threshold: THRESHOLD_OPTION },
  needs: ['same-duty-pairs'],
  messages: {
    'multiple-leads.text': {
      en: 'Both this department and {otherName} lead "{otherTitle}" ({otherRef}): similarity {score}, shared terms: {terms}',
      zh: '本部门与{otherName}都牵头「{otherTitle}」（{otherRef}）：相似度 {score}，共同词语：{terms}',
    },
    'multiple-leads.text-divided': {
      en: 'Both this department and {otherName} lead "{otherTitle}" ({otherRef}), settled by division {division} ({subject})',
      zh: '本部门与{otherName}都牵头「{otherTitle}」（{otherRef}），已由职责分工 {division}（{subject}）划分',
    },
    'multiple-leads.mandate': {
      en: 'Both this department and {otherName} ({otherRef}) lead the higher-level duty {mandate}',
      zh: '本部门与{otherName}（{otherRef}）都牵头上级职责 {mandate}',
    },
    'multiple-leads.mandate-divided': {
      en: 'Both this department and {otherName} ({otherRef}) lead the higher-level duty {mandate}, settled by division {division} ({subject})',
      zh: '本部门与{otherName}（{otherRef}）都牵头上级职责 {mandate}，已由职责分工 {division}（{subject}）划分',
    },
  },
  check(ctx, options) {
    return sameDuties(ctx, options.threshold ?? ctx.matching.threshold)
      .filter(({ a, b }) => a.role === 'lead' && b.role === 'lead')
      .map((pair) => pairFinding(ctx, 'multiple-leads', 'multiple-leads', pair));
  },
};
