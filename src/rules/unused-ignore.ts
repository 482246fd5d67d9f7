import type { Ignore, Location, RawFinding, SeveritySetting } from '../types.js';
import { field, type Rule } from './rule.js';

/**
 * Rules whose findings in one government relate a duty of another: a lower government's
 * mandate-gap names a higher-level duty, a misplaced duty relates the higher-level one it
 * implements. An entry on a duty for one of them may accept findings of other governments.
 */
const ACROSS_GOVERNMENTS = new Set(['mandate-gap', 'misplaced-duty']);

/**
 * The check reports every `ignore` entry, duty-level and department-level, as a candidate;
 * finalizeFindings, which settles which entries accept findings, keeps (settleUnusedIgnore)
 * those that accepted none, and those naming no rule.
 *
 * Its findings read the findings of the entry's own government, which read that government
 * and the ones it links to: `linked`, which --cache re-lints together. An entry is therefore
 * judged by its own government's findings only. A duty-level entry for a rule of
 * ACROSS_GOVERNMENTS (or for a program's rule that reads beyond its government) may also
 * accept findings of lower governments, which an incremental run does not re-lint with it:
 * such an entry is not reported, rather than reported wrongly. A department-level entry
 * answers findings on its own department, always judged.
 */
export const unusedIgnore: Rule = {
  id: 'unused-ignore',
  defaultSeverity: 'warn',
  kind: { en: 'unused acceptance', zh: '无效的接受条目' },
  description: {
    en: 'An ignore entry that accepts no finding, or that names no rule',
    zh: '没有接受任何问题的 ignore 条目，或指定的规则不存在',
  },
  reads: 'linked',
  options: {},
  needs: [],
  messages: {
    'unused-ignore': {
      en: 'This ignore entry accepts no {rule} finding: remove it',
      zh: '该 ignore 条目没有接受任何 {rule} 问题，请删除',
    },
    'unused-ignore.other': {
      en: 'This ignore entry accepts no {rule} finding with {other}: remove it',
      zh: '该 ignore 条目没有接受任何与 {other} 有关的 {rule} 问题，请删除',
    },
    'unused-ignore.unknown-rule': {
      en: 'This ignore entry names "{rule}", which is no rule (duty-lint rules lists them): it accepts nothing',
      zh: '该 ignore 条目指定的规则 "{rule}" 不存在（duty-lint rules 列出所有规则），不会接受任何问题',
    },
  },
  check({ graph }) {
    const out: RawFinding[] = [];
    const candidates = (entries: readonly Ignore[], owner: Location, subject: Pick<RawFinding, 'department' | 'duty'>) => {
      // Identical entries of one owner are told apart by their order, never by their index.
      const seen = new Map<string, number>();
      entries.forEach((entry, k) => {
        const id = [entry.rule, entry.duty ?? '', entry.department ?? ''].join(':');
        const n = (seen.get(id) ?? 0) + 1;
        seen.set(id, n);
        const other = [entry.duty, entry.department].filter((x): x is string => x !== undefined);
        out.push({
          rule: 'unused-ignore',
          messageId: other.length > 0 ? 'unused-ignore.other' : 'unused-ignore',
          data: other.length > 0 ? { rule: entry.rule, other } : { rule: entry.rule },
          loc: field(owner, `ignore/${k}`),
          ...subject,
          key: n > 1 ? `${id}#${n}` : id,
          entry,
        });
      });
    };
    for (const dept of graph.departments) {
      if (dept.ignore) candidates(dept.ignore, dept.loc, { department: dept.id });
      for (const duty of dept.duties) if (duty.ignore.length > 0) candidates(duty.ignore, duty.loc, { department: dept.id, duty: duty.ref });
    }
    return out;
  },
};

/**
 * An unused-ignore candidate once every other finding is settled: reported when its entry
 * names no rule of this run, or accepted nothing; dropped when it accepted a finding, when
 * its rule is off (nothing to judge it by), or when it may accept findings of other
 * governments (see unusedIgnore).
 */
export function settleUnusedIgnore(
  candidate: RawFinding, used: ReadonlySet<Ignore>, severities: ReadonlyMap<string, SeveritySetting>, extraRules: readonly Rule[],
): RawFinding | undefined {
  const entry = candidate.entry!;
  const setting = severities.get(entry.rule);
  if (setting === undefined) return { ...candidate, messageId: 'unused-ignore.unknown-rule', data: { rule: entry.rule } };
  if (setting === 'off' || used.has(entry)) return undefined;
  if (candidate.duty !== undefined && reachesOtherGovernments(entry.rule, extraRules)) return undefined;
  return candidate;
}

function reachesOtherGovernments(rule: string, extraRules: readonly Rule[]): boolean {
  if (ACROSS_GOVERNMENTS.has(rule)) return true;
  const extra = extraRules.find((r) => r.id === rule);
  return extra !== undefined && (extra.reads === 'linked' || extra.reads === 'catalogue');
}
