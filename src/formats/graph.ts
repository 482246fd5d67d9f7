import type { AnalysisContext } from '../analysis/context.js';
import type { Duty } from '../graph/graph.js';
import { roundScore } from '../score.js';
import type { GraphInput } from './context.js';
import { painter, printable } from './text.js';

function mandates(context: AnalysisContext, duty: Duty) {
  return context.mandatesOf(duty).map((e) => ({
    ref: e.duty.ref,
    inferred: e.inferred,
    ...(e.score !== undefined ? { score: roundScore(e.score) } : {}),
  }));
}

/** FORMAT.md's graph export: the graph as duty-lint understood it, inferred edges included. */
export function formatGraphJson({ context }: GraphInput): string {
  const { graph } = context;
  const out = {
    version: 1,
    departments: graph.departments.map((d) => ({
      id: d.id,
      name: d.name,
      ...(d.shortName !== undefined ? { short_name: d.shortName } : {}),
      jurisdiction: d.jurisdiction,
      ...(d.level !== undefined ? { level: d.level } : {}),
      counterparts: d.counterparts,
      file: d.loc.file,
      duties: d.duties.map((duty) => ({
        ref: duty.ref,
        title: duty.title,
        role: duty.role,
        status: duty.status,
        ...(duty.lead !== undefined ? { lead: duty.lead } : {}),
        ...(duty.transferredTo !== undefined ? { transferred_to: duty.transferredTo } : {}),
        mandate: mandates(context, duty),
      })),
    })),
    divisions: graph.divisions.map((v) => ({
      id: v.id,
      jurisdiction: v.jurisdiction,
      subject: v.subject,
      parties: v.parties.map((p) => p.department),
      file: v.loc.file,
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

const WORDS = {
  en: { implements: '→', inferred: 'inferred', divisions: 'Divisions' },
  zh: { implements: '→', inferred: '推断', divisions: '职责分工' },
};

/** The graph as an indented tree for reading in a terminal: jurisdiction, department, duty, mandate. */
export function formatGraphText({ context, lang, color }: GraphInput): string {
  const c = painter(color);
  const w = WORDS[lang];
  const out: string[] = [];
  for (const [jurisdiction, depts] of [...context.graph.jurisdictions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Ids, names and titles are the catalogue's: shown with printable(), never as raw control characters.
    out.push(c.bold(printable(jurisdiction)));
    for (const d of depts) {
      const counterparts = d.counterparts.length > 0 ? c.dim(` ⇢ ${printable(d.counterparts.join(', '))}`) : '';
      out.push(`  ${c.cyan(printable(d.id))} ${printable(d.name)}${counterparts}`);
      for (const duty of d.duties) {
        const tags = [duty.role !== 'main' ? duty.role : '', duty.status !== 'active' ? duty.status : ''].filter(Boolean);
        out.push(`    ${printable(duty.id)}${tags.length ? c.dim(` [${tags.join(', ')}]`) : ''}  ${printable(duty.title)}`);
        for (const m of mandates(context, duty)) {
          const how = m.inferred ? c.yellow(` (${w.inferred} ${m.score})`) : '';
          out.push(`      ${w.implements} ${printable(m.ref)}${how}`);
        }
      }
    }
  }
  if (context.graph.divisions.length > 0) {
    out.push(c.bold(w.divisions));
    for (const v of context.graph.divisions) {
      out.push(`  ${c.cyan(printable(v.id))} ${printable(`${v.subject}: ${v.parties.map((p) => p.department).join(' | ')}`)}`);
    }
  }
  return out.join('\n') + '\n';
}
