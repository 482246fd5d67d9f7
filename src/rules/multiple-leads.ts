import { THRESHOLD_OPTION, type Rule } from './rule.js';
import { sameDuties, sameDutyFindings } from './same-duty.js';

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
    // A group (same-duty.ts): one finding for many duties that are one duty, the first MAX_RELATED in related.
    'multiple-leads.text-group': {
      en: 'This department and {departments} others lead {others} more duties that are the same duty, among them "{otherTitle}" of {otherName} ({otherRef}): similarity {score}, shared terms: {terms} ({listed} listed in related)',
      zh: '本部门与其他 {departments} 个部门牵头另外 {others} 项相同或近似职责，其中有{otherName}的「{otherTitle}」（{otherRef}）：相似度 {score}，共同词语：{terms}（related 列出 {listed} 项）',
    },
    'multiple-leads.text-group-divided': {
      en: 'This department and {departments} others lead {others} more duties that are the same duty, among them "{otherTitle}" of {otherName} ({otherRef}), settled by division {division} ({subject}) ({listed} listed in related)',
      zh: '本部门与其他 {departments} 个部门牵头另外 {others} 项相同或近似职责，其中有{otherName}的「{otherTitle}」（{otherRef}），已由职责分工 {division}（{subject}）划分（related 列出 {listed} 项）',
    },
    'multiple-leads.mandate-group': {
      en: 'This department and {departments} others lead the higher-level duty {mandate}, in {others} more duties, among them {otherName} ({otherRef}) ({listed} listed in related)',
      zh: '本部门与其他 {departments} 个部门都牵头上级职责 {mandate}（另外 {others} 项职责），其中有{otherName}（{otherRef}）（related 列出 {listed} 项）',
    },
    'multiple-leads.mandate-group-divided': {
      en: 'This department and {departments} others lead the higher-level duty {mandate}, in {others} more duties, among them {otherName} ({otherRef}), settled by division {division} ({subject}) ({listed} listed in related)',
      zh: '本部门与其他 {departments} 个部门都牵头上级职责 {mandate}（另外 {others} 项职责），其中有{otherName}（{otherRef}），已由职责分工 {division}（{subject}）划分（related 列出 {listed} 项）',
    },
  },
  check(ctx, options) {
    return sameDutyFindings(ctx, 'multiple-leads', sameDuties(ctx, options.threshold ?? ctx.matching.threshold), { member: (d) => d.role === 'lead', leads: true });
  },
};
