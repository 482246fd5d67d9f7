import { departmentOfRef } from '../graph/graph.js';
import type { RawFinding } from '../types.js';
import { field, type Rule } from './rule.js';

/**
 * Declarations that contradict themselves. Each is read as written by the other rules, but
 * for a duty's `mandate` naming itself, which is read as absent (graph.ts MANDATE_SELF), and
 * a department's `counterparts` naming itself, which unfounded-duty reads as absent.
 *
 * Counterparts in a circle are found when two departments each name the other: a finding
 * then reads the other department's declaration, which `linked` covers (--cache re-lints a
 * government with those it names). A longer circle would read departments neither names.
 */
export const selfContradiction: Rule = {
  id: 'self-contradiction',
  defaultSeverity: 'warn',
  kind: { en: 'contradiction', zh: '自相矛盾' },
  description: {
    en: 'A declaration that contradicts itself: a department that is its own counterpart, or whose counterpart names it as one; a duty that implements itself or supports its own department; a main duty that names a lead; a cancelled duty that names a receiver',
    zh: '自相矛盾的声明：部门以自身为对口上级，或与对口上级互为对口上级；职责以自身为上级职责，或以本部门为牵头部门；主体职责写有牵头部门；已取消的职责写有承接部门',
  },
  reads: 'linked',
  options: {},
  needs: [],
  messages: {
    'self-contradiction.counterpart-self': {
      en: '{field} names this department itself: a department is not its own higher-level counterpart (the entry is read as absent)',
      zh: '{field} 写的是本部门自身：部门不能是自己的对口上级部门（该条目按不存在处理）',
    },
    'self-contradiction.counterpart-cycle': {
      en: '{field} names {otherName} ({other}), which names this department among its own counterparts: two departments cannot each be the other\'s higher level',
      zh: '{field} 写的{otherName}（{other}）也把本部门列为其对口上级部门：两个部门不能互为上级',
    },
    'self-contradiction.mandate-self': {
      en: '{field} names this duty itself: a duty does not implement itself (it is judged as if the entry were absent)',
      zh: '{field} 写的是本职责自身：职责不能承接自己（按该条目不存在判断）',
    },
    'self-contradiction.lead-self': {
      en: 'Support duty "{title}" names its own department as its lead ({lead}): name the department that leads it',
      zh: '配合职责「{title}」以本部门为牵头部门（{lead}）：请写明实际牵头的部门',
    },
    'self-contradiction.main-with-lead': {
      en: 'Duty "{title}" is a main duty (role: main, the default) but names a lead ({lead}): only a support duty has a lead. Set role: support, or remove lead',
      zh: '职责「{title}」是主体职责（role: main，默认值），却写有牵头部门（{lead}）：只有配合职责才写牵头部门。请改为 role: support，或删去 lead',
    },
    'self-contradiction.cancelled-transferred': {
      en: 'Duty "{title}" is cancelled but names a receiving department (transferred_to: {receiver}): if it was transferred, set status: transferred; if cancelled, remove transferred_to',
      zh: '职责「{title}」已取消，却写有承接部门（transferred_to: {receiver}）：如系划出，请改为 status: transferred；如系取消，请删去 transferred_to',
    },
  },
  check({ graph }) {
    const out: RawFinding[] = [];
    for (const dept of graph.departments) {
      dept.counterparts.forEach((id, i) => {
        const at = { loc: field(dept.loc, `counterparts/${i}`), department: dept.id, key: `counterparts:${id}` };
        const name = `counterparts[${i}]`;
        if (id === dept.id) {
          out.push({ rule: 'self-contradiction', messageId: 'self-contradiction.counterpart-self', data: { field: name }, ...at });
          return;
        }
        const other = graph.departmentById.get(id);
        const back = other?.counterparts.indexOf(dept.id) ?? -1;
        if (other && back >= 0) {
          out.push({
            rule: 'self-contradiction', messageId: 'self-contradiction.counterpart-cycle',
            data: { field: name, other: other.id, otherName: other.name },
            related: [{ department: other.id, loc: field(other.loc, `counterparts/${back}`) }], ...at,
          });
        }
      });
      for (const duty of dept.duties) {
        const subject = { department: dept.id, duty: duty.ref };
        // A duty naming itself twice is told apart by the order of its entries, never by their index.
        let selves = 0;
        duty.mandate.forEach((ref, k) => {
          if (ref !== duty.ref) return;
          selves++;
          out.push({
            rule: 'self-contradiction', messageId: 'self-contradiction.mandate-self', data: { field: `mandate[${k}]` },
            loc: field(duty.loc, `mandate/${k}`), ...subject, key: selves > 1 ? `mandate#${selves}` : 'mandate',
          });
        });
        if (duty.lead !== undefined) {
          const own = departmentOfRef(duty.lead) === dept.id;
          const messageId = duty.role === 'main' ? 'self-contradiction.main-with-lead'
            : duty.role === 'support' && own ? 'self-contradiction.lead-self' : undefined;
          if (messageId) {
            out.push({
              rule: 'self-contradiction', messageId, data: { title: duty.title, lead: duty.lead },
              loc: field(duty.loc, 'lead'), ...subject, key: messageId,
            });
          }
        }
        if (duty.status === 'cancelled' && duty.transferredTo !== undefined) {
          out.push({
            rule: 'self-contradiction', messageId: 'self-contradiction.cancelled-transferred',
            data: { title: duty.title, receiver: duty.transferredTo },
            loc: field(duty.loc, 'transferred_to'), ...subject, key: 'cancelled-transferred',
          });
        }
      }
    }
    return out;
  },
};
