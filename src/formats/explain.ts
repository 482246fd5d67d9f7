import type { Duty } from '../graph/graph.js';
import type { Candidate } from '../matching/candidates.js';
import { roundScore } from '../score.js';
import type { GenericReason } from '../matching/generic.js';
import { renderMessage } from '../messages/catalogue.js';
import type { Lang } from '../types.js';
import { displayWidth, padEnd, padStart, painter, printable } from './text.js';
import type { ExplainInput } from './context.js';
import { maxOf } from '../arrays.js';

const WORDS = {
  en: {
    overlap: 'Overlap evidence, weighed in', mandate: 'Mandate evidence (lower duty {lower}), weighed in',
    titles: 'titles alike', texts: 'whole texts alike', aInB: 'A\'s title held by B', bInA: 'B\'s title held by A',
    bothContained: 'both held', contained: 'one held', held: 'held', similarity: 'similarity',
    powers: 'a licence or fee the upper duty does not speak of', powersMark: 'cannot found it: licence or fee',
    lowerTitleInUpper: 'lower title held by upper', lowerInUpper: 'lower text held by upper', upperTitleInLower: 'upper title held by lower',
    title: 'title', detail: 'detail',
    score: 'score ({by})', thresholds: 'threshold {overlap} · mutual {mutual} · mandate {mandate}',
    bestOf: 'best match of {side}: ', terms: 'Terms', weight: 'weight', verdict: 'Verdict',
    generic: 'boilerplate', pattern: 'matches {pattern}', carriers: 'carried alike by {carriers} departments',
    clause: 'made of clauses many departments carry ({clause}…)',
    implements: 'Implements', none: 'nothing', inferred: 'inferred', explicit: 'explicit',
    nearestIn: 'Nearest duties of other departments of {jurisdiction} (overlap)', nearestAbove: 'Nearest duties above (mandate; ✓ counterpart)',
  },
  zh: {
    overlap: '职责交叉证据，权重按', mandate: '上下级承接证据（下级职责 {lower}），权重按',
    titles: '标题相似', texts: '全文相似', aInB: 'A 的标题包含在 B 中', bInA: 'B 的标题包含在 A 中',
    bothContained: '相互包含', contained: '单向包含', held: '包含', similarity: '相似度',
    powers: '上级职责未涉及的许可或收费', powersMark: '不能作为依据：许可或收费',
    lowerTitleInUpper: '下级标题包含在上级中', lowerInUpper: '下级全文包含在上级中', upperTitleInLower: '上级标题包含在下级中',
    title: '标题', detail: '详情',
    score: '得分（{by}）', thresholds: '阈值 {overlap} · 互为最佳 {mutual} · 承接 {mandate}',
    bestOf: '{side} 的最佳匹配：', terms: '词语', weight: '权重', verdict: '结论',
    generic: '通用条目', pattern: '匹配 {pattern}', carriers: '{carriers} 个部门有相同条目',
    clause: '由许多部门共有的分句组成（{clause}…）',
    implements: '承接', none: '无', inferred: '推断', explicit: '明示',
    nearestIn: '{jurisdiction} 其他部门中最接近的职责（职责交叉）', nearestAbove: '上级中最接近的职责（承接；✓ 为对口部门）',
  },
};

const fill = (template: string, data: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? ''));

/** `duty-lint explain` for the terminal: the evidence, term by term, and the verdict of each rule. */
export function formatExplainText({ explanation, lang, color }: ExplainInput): string {
  const c = painter(color);
  const w = WORDS[lang];
  const out: string[] = [];
  const duty = (label: string, d: Duty, generic?: GenericReason) => {
    // Titles, names and ids are the catalogue's: shown with printable(), never as raw control characters.
    out.push(`${c.bold(label)}${c.cyan(printable(d.ref))}  ${printable(`${d.department.name} · ${d.department.jurisdiction}`)}`);
    out.push(`${' '.repeat(label.length)}${printable(d.title)}`);
    if (d.detail) out.push(c.dim(`${' '.repeat(label.length)}${printable(d.detail)}`));
    if (generic) {
      const why = 'pattern' in generic ? fill(w.pattern, generic) : 'clause' in generic ? fill(w.clause, generic) : fill(w.carriers, generic);
      out.push(c.yellow(`${' '.repeat(label.length)}${w.generic}: ${printable(why)}`));
    }
  };
  const candidate = (x: Candidate) => `  ${padStart(x.score.toFixed(2), 4)}  ${x.counterpart === undefined ? '' : x.counterpart ? '✓ ' : '  '}${c.cyan(printable(x.duty.ref))}  ${printable(x.duty.title)}` +
    (x.powers ? c.dim(`  (${w.powersMark})`) : '');

  if (!('b' in explanation)) {
    const e = explanation;
    duty('', e.duty, e.generic);
    out.push('', c.bold(w.implements));
    if (e.mandates.length === 0) out.push(`  ${w.none}`);
    for (const m of e.mandates) out.push(`  ${c.cyan(printable(m.duty.ref))}  ${m.inferred ? `${w.inferred} ${roundScore(m.score!).toFixed(2)}` : w.explicit}`);
    out.push('', c.bold(printable(fill(w.nearestIn, { jurisdiction: e.duty.department.jurisdiction }))), ...e.inGovernment.map(candidate));
    if (e.inGovernment.length === 0) out.push(`  ${w.none}`);
    out.push('', c.bold(w.nearestAbove), ...e.above.map(candidate));
    if (e.above.length === 0) out.push(`  ${w.none}`);
    out.push('', c.dim(fill(w.thresholds, e.thresholds)));
    return out.join('\n') + '\n';
  }

  const e = explanation;
  duty('A  ', e.a, e.generic.a);
  duty('B  ', e.b, e.generic.b);
  out.push('');
  const rows: Array<[string, number]> = [];
  const { overlap, mandate } = e.evidence;
  if (overlap) {
    out.push(c.bold(`${w.overlap} ${printable(e.evidence.weighedIn)}`));
    rows.push([w.titles, overlap.titles], [w.texts, overlap.texts], [w.aInB, overlap.aInB], [w.bInA, overlap.bInA]);
    rows.push([fill(w.score, { by: labelOf(w, overlap.by) }), overlap.score]);
  } else if (mandate) {
    out.push(c.bold(`${fill(w.mandate, { lower: mandate.lower.toUpperCase() })} ${printable(e.evidence.weighedIn)}`));
    rows.push([w.texts, mandate.texts], [w.lowerTitleInUpper, mandate.lowerTitleInUpper], [w.lowerInUpper, mandate.lowerInUpper],
      [w.upperTitleInLower, mandate.upperTitleInLower]);
    if (mandate.by === 'powers') rows.push([w.similarity, mandate.similarity]);
    rows.push([fill(w.score, { by: mandate.by === 'texts' ? w.texts : mandate.by === 'powers' ? w.powers : w.held }), mandate.score]);
  }
  const labelWidth = Math.max(...rows.map(([name]) => displayWidth(name))) + 2;
  for (const [name, value] of rows) out.push(`  ${padEnd(name, labelWidth)}${value.toFixed(2)}`);
  out.push(c.dim(`  ${fill(w.thresholds, e.thresholds)}`));
  if (e.bestOfA) out.push(`  ${fill(w.bestOf, { side: 'A' })}${c.cyan(printable(e.bestOfA.duty.ref))} ${e.bestOfA.score.toFixed(2)}`);
  if (e.bestOfB) out.push(`  ${fill(w.bestOf, { side: 'B' })}${c.cyan(printable(e.bestOfB.duty.ref))} ${e.bestOfB.score.toFixed(2)}`);

  const termWidth = maxOf(e.evidence.terms, (t) => displayWidth(printable(t.term)) + 2, 22);
  out.push('', c.bold(`${padEnd(w.terms, termWidth + 2)}${padEnd(w.weight, 8)}${padEnd('A', 8)}B`));
  for (const t of e.evidence.terms) {
    const mark = (where?: 'title' | 'detail') => padEnd(where ? w[where] : '·', 8);
    const line = `  ${padEnd(printable(t.term), termWidth)}${padEnd(t.weight.toFixed(2), 8)}${mark(t.a)}${mark(t.b).trimEnd()}`;
    out.push(t.a && t.b ? c.green(line) : line);
  }
  out.push('', c.bold(w.verdict));
  for (const v of e.verdicts) out.push(`  ${v.fires ? c.yellow(v.rule) : c.dim(v.rule)}: ${printable(renderMessage(lang, v.messageId, v.data))}`);
  return out.join('\n') + '\n';
}

function labelOf(w: (typeof WORDS)[Lang], by: string): string {
  return by === 'titles' ? w.titles : by === 'texts' ? w.texts : by === 'both-contained' ? w.bothContained : w.contained;
}

/** `duty-lint explain --format json`: the same, with duties as references. */
export function formatExplainJson({ explanation, lang }: ExplainInput): string {
  const ref = (d: Duty) => ({ ref: d.ref, title: d.title, ...(d.detail ? { detail: d.detail } : {}), department: d.department.id, jurisdiction: d.department.jurisdiction });
  const cand = (x: Candidate) => ({
    ref: x.duty.ref, title: x.duty.title, score: roundScore(x.score),
    ...(x.counterpart !== undefined ? { counterpart: x.counterpart } : {}), ...(x.powers ? { powers: true } : {}),
  });
  const r = (x: number) => roundScore(x);
  if (!('b' in explanation)) {
    const e = explanation;
    return JSON.stringify({
      version: 1,
      duty: ref(e.duty),
      ...(e.generic ? { generic: e.generic } : {}),
      mandate: e.mandates.map((m) => ({ ref: m.duty.ref, inferred: m.inferred, ...(m.score !== undefined ? { score: r(m.score) } : {}) })),
      nearest: { government: e.inGovernment.map(cand), above: e.above.map(cand) },
      thresholds: e.thresholds,
    }, null, 2) + '\n';
  }
  const e = explanation;
  const { overlap, mandate } = e.evidence;
  const rounded = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? r(v) : v]));
  return JSON.stringify({
    version: 1,
    a: ref(e.a),
    b: ref(e.b),
    ...(Object.keys(e.generic).length ? { generic: e.generic } : {}),
    weighedIn: e.evidence.weighedIn,
    ...(overlap ? { overlap: rounded(overlap) } : {}),
    ...(mandate ? { mandate: rounded(mandate) } : {}),
    thresholds: e.thresholds,
    ...(e.bestOfA ? { bestOfA: cand(e.bestOfA) } : {}),
    ...(e.bestOfB ? { bestOfB: cand(e.bestOfB) } : {}),
    terms: e.evidence.terms.map((t) => ({ term: t.term, weight: r(t.weight), ...(t.a ? { a: t.a } : {}), ...(t.b ? { b: t.b } : {}) })),
    verdicts: e.verdicts.map((v) => ({ rule: v.rule, fires: v.fires, message: renderMessage(lang, v.messageId, v.data) })),
  }, null, 2) + '\n';
}
