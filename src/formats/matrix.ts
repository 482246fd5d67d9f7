import type { ChalkInstance } from 'chalk';
import type { ReportDepartment } from '../report/catalogue.js';
import { distinctFindings, overlapPairs, type DepartmentPair } from '../report/overlaps.js';
import type { Lang } from '../types.js';
import type { ReportInput } from './context.js';
import { governmentLabel } from './government.js';
import { displayWidth, padEnd, padStart, painter, printable } from './text.js';
import { maxOf } from '../arrays.js';

/** One government's departments and the overlap findings between each two of them. */
interface GovernmentMatrix {
  id: string;
  departments: ReportDepartment[];
  /** Only the pairs with findings, most first. */
  pairs: DepartmentPair[];
}

function matrices({ findings, catalogue }: ReportInput): GovernmentMatrix[] {
  const pairs = overlapPairs(findings, catalogue);
  return catalogue.governments.map((id) => ({
    id,
    departments: catalogue.departments.filter((d) => d.jurisdiction === id),
    pairs: pairs.filter((p) => p.government === id),
  }));
}

const WORDS = {
  en: {
    title: (g: string) => `${g}: overlap findings between departments`,
    none: (g: string) => `${g}: no overlap findings between departments`,
    number: '#',
    department: 'department',
    quiet: (n: number) => `${n} other department${n === 1 ? '' : 's'} without overlaps`,
    settled: (n: number) => `${n} of the findings settled by a declared division (info)`,
  },
  zh: {
    title: (g: string) => `${g}：部门间职责交叉问题数`,
    none: (g: string) => `${g}：部门间无职责交叉问题`,
    number: '序号',
    department: '部门',
    quiet: (n: number) => `另有 ${n} 个部门无职责交叉`,
    settled: (n: number) => `其中 ${n} 个已由职责分工划分（提示）`,
  },
} satisfies Record<Lang, unknown>;

/** Heavier colour for more findings, against the largest count of the whole report. */
function intensity(c: ChalkInstance, count: number, max: number): (text: string) => string {
  const share = count / max;
  return share > 2 / 3 ? c.bold.red : share > 1 / 3 ? c.red : c.yellow;
}

/**
 * `duty-lint matrix`: per government, a table of its departments that have overlaps, each
 * against each, with the number of overlap findings between them. Columns are numbered, as
 * the rows are, so that the table stays narrow whatever the names; widths are display
 * widths, so Chinese names line up.
 */
export function formatMatrixText(input: ReportInput): string {
  const c = painter(input.color);
  const w = WORDS[input.lang];
  const all = matrices(input);
  const max = maxOf(all.flatMap((m) => m.pairs), (p) => p.findings.length, 1);
  const blocks = all.map((m) => {
    // Names are the catalogue's: shown with printable(), never as raw control characters.
    const label = printable(governmentLabel(m.id, m.departments, input.lang));
    if (m.pairs.length === 0) return `${c.bold(w.none(label))}\n`;
    const counts = new Map<string, number>();
    for (const p of m.pairs) counts.set(`${p.a}\n${p.b}`, p.findings.length).set(`${p.b}\n${p.a}`, p.findings.length);
    const shown = m.departments.filter((d) => m.pairs.some((p) => p.a === d.id || p.b === d.id));
    const names = shown.map((d) => printable(d.shortName ?? d.name));
    const numberWidth = Math.max(displayWidth(w.number), String(shown.length).length);
    const nameWidth = maxOf(names, displayWidth, displayWidth(w.department));
    const cellWidth = Math.max(String(shown.length).length, String(max).length);
    const row = (first: string, name: string, cells: string[]) => [padStart(first, numberWidth), padEnd(name, nameWidth), ...cells].join('  ');
    const lines = [c.bold(w.title(label)), c.dim(row(w.number, w.department, shown.map((_, j) => padStart(String(j + 1), cellWidth))))];
    shown.forEach((d, i) => {
      const cells = shown.map((e, j) => {
        if (i === j) return c.dim(padStart('-', cellWidth));
        const n = counts.get(`${d.id}\n${e.id}`) ?? 0;
        return n === 0 ? c.dim(padStart('.', cellWidth)) : intensity(c, n, max)(padStart(String(n), cellWidth));
      });
      lines.push(row(String(i + 1), names[i]!, cells));
    });
    const quiet = m.departments.length - shown.length;
    const { settled } = distinctFindings(m.pairs);
    if (quiet > 0) lines.push(c.dim(w.quiet(quiet)));
    if (settled > 0) lines.push(c.dim(w.settled(settled)));
    return lines.join('\n') + '\n';
  });
  return blocks.join('\n');
}

/** The same counts for programs: per government, its departments and the pairs that overlap. */
export function formatMatrixJson(input: ReportInput): string {
  const out = {
    version: 1,
    governments: matrices(input).map((m) => ({
      id: m.id,
      departments: m.departments.map((d) => ({
        id: d.id,
        name: d.name,
        ...(d.shortName !== undefined ? { short_name: d.shortName } : {}),
        overlaps: m.pairs.reduce((n, p) => n + (p.a === d.id || p.b === d.id ? p.findings.length : 0), 0),
      })),
      pairs: m.pairs.map((p) => ({ a: p.a, b: p.b, findings: p.findings.length, settled: p.settled })),
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
