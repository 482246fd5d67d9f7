import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedRuns, EXAMPLE, expectNoStackTrace, expectUsageError, runCliAsync, temporaryFolders, type CliRun } from '../helpers.js';

/*
 * `duty-lint explain <duty> [other] --in <path>`, spawned as the built CLI (`npm run build` first).
 * On the bundled example (examples/zhenjiang, whose EXPECTED.md gives the scores explain prints)
 * and on small catalogues written for one case each. Runs are shared where tests read the same
 * output; the determinism tests run afresh.
 */

const cached = cachedRuns();

/** explain on the example, shared between tests. */
function explain(...args: string[]): Promise<CliRun> {
  return cached(['explain', ...args, '--in', EXAMPLE]);
}

/** A successful run: exit 0, nothing on stderr. */
async function ok(run: Promise<CliRun> | CliRun): Promise<CliRun> {
  const r = await run;
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return r;
}

const { catalogue } = temporaryFolders();

/** A department file: `duties` as [id, title, ...more YAML lines of the duty]. */
function department(id: string, name: string, jurisdiction: string, duties: Array<[string, string, ...string[]]>, more: string[] = []): string {
  return [
    'kind: department', `id: ${id}`, `name: ${name}`, `jurisdiction: ${jurisdiction}`, ...more, 'duties:',
    ...duties.flatMap(([dutyId, title, ...rest]) => [`  - id: ${dutyId}`, `    title: ${title}`, ...rest.map((l) => `    ${l}`)]),
    '',
  ].join('\n');
}

// ── Parsing the stylish output ──────────────────────────────────────────────

const EVIDENCE_HEADER = /^(Overlap evidence|Mandate evidence|职责交叉证据|上下级承接证据)/;
const VALUE_ROW = /^ {2}(\S.*?) {2,}(\d+\.\d\d)$/;

/** The evidence rows (label → value) between the evidence header and the thresholds line, in order. */
function evidenceLines(out: string): string[] {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => EVIDENCE_HEADER.test(l));
  expect(start, out).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (let i = start + 1; i < lines.length && VALUE_ROW.test(lines[i]!); i++) rows.push(lines[i]!);
  return rows;
}
function evidence(out: string): Map<string, number> {
  return new Map(evidenceLines(out).map((l) => {
    const m = VALUE_ROW.exec(l)!;
    return [m[1]!, Number(m[2])];
  }));
}

interface TermLine { term: string; weight: number; a: string; b: string }
/** The terms table: the rows under the `Terms` (词语) header, up to the blank line. */
function terms(out: string): { header: string; lines: string[]; rows: TermLine[] } {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => /^(Terms|词语) /.test(l));
  expect(start, out).toBeGreaterThanOrEqual(0);
  const body: string[] = [];
  for (let i = start + 1; i < lines.length && lines[i] !== ''; i++) body.push(lines[i]!);
  const rows = body.map((l) => {
    const m = /^ {2}(\S+) +(\d+\.\d\d) +(\S+) +(\S+)$/.exec(l);
    if (!m) throw new Error(`not a term row: ${JSON.stringify(l)}`);
    return { term: m[1]!, weight: Number(m[2]), a: m[3]!, b: m[4]! };
  });
  return { header: lines[start]!, lines: body, rows };
}

/** The verdict lines, `rule: message`, after the `Verdict` (结论) heading. */
function verdicts(out: string): Array<{ rule: string; message: string }> {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => l === 'Verdict' || l === '结论');
  expect(start, out).toBeGreaterThanOrEqual(0);
  return lines.slice(start + 1).filter((l) => l !== '').map((l) => {
    const m = /^ {2}([a-z-]+): (.+)$/.exec(l);
    if (!m) throw new Error(`not a verdict line: ${JSON.stringify(l)}`);
    return { rule: m[1]!, message: m[2]! };
  });
}

/** `best match of A: ref 0.57` lines. */
function bestMatches(out: string): Record<string, { ref: string; score: number }> {
  const found: Record<string, { ref: string; score: number }> = {};
  for (const m of out.matchAll(/^ {2}(?:best match of ([AB]): |([AB]) 的最佳匹配：)(\S+) (\d+\.\d\d)$/gm)) {
    found[m[1] ?? m[2]!] = { ref: m[3]!, score: Number(m[4]) };
  }
  return found;
}

/** The rows of a one-duty section (after its heading, up to the blank line): score, counterpart mark, ref, rest. */
function section(out: string, heading: RegExp): Array<{ score: number; counterpart: boolean; ref: string; rest: string }> | 'none' {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  expect(start, out).toBeGreaterThanOrEqual(0);
  const body: string[] = [];
  for (let i = start + 1; i < lines.length && lines[i] !== ''; i++) body.push(lines[i]!);
  if (body.length === 1 && (body[0] === '  nothing' || body[0] === '  无')) return 'none';
  return body.map((l) => {
    const m = /^ {2}(\d\.\d\d) {2}(✓ | {2})?(\S+) {2}(.*)$/.exec(l);
    if (!m) throw new Error(`not a candidate row: ${JSON.stringify(l)}`);
    return { score: Number(m[1]), counterpart: m[2] === '✓ ', ref: m[3]!, rest: m[4]! };
  });
}



// ── JSON shapes ─────────────────────────────────────────────────────────────

interface JsonDuty { ref: string; title: string; detail?: string; department: string; jurisdiction: string }
interface JsonCandidate { ref: string; title: string; score: number; counterpart?: boolean }
interface PairJson {
  version: number;
  a: JsonDuty;
  b: JsonDuty;
  generic?: { a?: Record<string, unknown>; b?: Record<string, unknown> };
  weighedIn: string;
  overlap?: { titles: number; texts: number; aInB: number; bInA: number; score: number; by: string } & Record<string, unknown>;
  mandate?: {
    texts: number; lowerTitleInUpper: number; lowerInUpper: number; upperTitleInLower: number; similarity: number; score: number;
    by: string; lower: 'a' | 'b';
  } & Record<string, unknown>;
  thresholds: { overlap: number; mutual: number; mandate: number };
  bestOfA?: JsonCandidate;
  bestOfB?: JsonCandidate;
  terms: Array<{ term: string; weight: number; a?: string; b?: string }>;
  verdicts: Array<{ rule: string; fires: boolean; message: string }>;
}
interface DutyJson {
  version: number;
  duty: JsonDuty;
  generic?: Record<string, unknown>;
  mandate: Array<{ ref: string; inferred: boolean; score?: number }>;
  nearest: { government: JsonCandidate[]; above: JsonCandidate[] };
  thresholds: { overlap: number; mutual: number; mandate: number };
}
interface LintJson {
  findings: Array<{ rule: string; severity: string; duty?: string; related?: Array<{ duty?: string; division?: string }>; score?: number }>;
}

const RULES = ['overlap', 'multiple-leads', 'mandate-gap', 'unfounded-duty', 'misplaced-duty'];

// The overlap pair #6 of EXPECTED.md.
const AMR_FOOD = 'zj.rz.amr/food-risk-monitoring';
const HEALTH_FOOD = 'zj.rz.health/food-risk-monitoring';
const AMR_TITLE = '负责全区食品安全风险监测和监督抽检，组织实施食品安全风险监测计划';
const HEALTH_TITLE = '负责全区食品安全风险监测评估，组织实施食品安全风险监测计划';

/** The example's lint report, to check that what explain says fires is what lint reports. */
let lintReport: LintJson;
beforeAll(async () => {
  const r = await cached([EXAMPLE, '--format', 'json']);
  expect(r.code).toBe(1);
  lintReport = JSON.parse(r.stdout) as LintJson;
});
/** Findings of `rule` on the pair, either way round. */
function pairFindings(rule: string, x: string, y: string) {
  return lintReport.findings.filter((f) => f.rule === rule &&
    ((f.duty === x && f.related?.some((r) => r.duty === y)) || (f.duty === y && f.related?.some((r) => r.duty === x))));
}

describe.concurrent('explain: two duties of one government (overlap evidence)', () => {
  it('names both duties, their departments, government and titles, and exits 0', async () => {
    const r = await ok(explain(AMR_FOOD, HEALTH_FOOD));
    const head = r.stdout.split('\n').slice(0, 4);
    expect(head).toEqual([
      `A  ${AMR_FOOD}  润州区市场监督管理局 · zj.rz`,
      `   ${AMR_TITLE}`,
      `B  ${HEALTH_FOOD}  润州区卫生健康委员会 · zj.rz`,
      `   ${HEALTH_TITLE}`,
    ]);
  });

  it('gives every piece of evidence with its score, weighed in the government, and the score with the piece that gave it', async () => {
    const r = await ok(explain(AMR_FOOD, HEALTH_FOOD));
    expect(r.stdout).toContain('\nOverlap evidence, weighed in zj.rz\n');
    // EXPECTED.md #6: a near copy at 0.57, led by containment (the 市场监管 title holds 0.75 of the 卫健 one).
    expect([...evidence(r.stdout)]).toEqual([
      ['titles alike', 0.53],
      ['whole texts alike', 0.53],
      ["A's title held by B", 0.4],
      ["B's title held by A", 0.75],
      ['score (one held)', 0.57],
    ]);
  });

  it('states the thresholds and the best match of each side', async () => {
    const r = await ok(explain(AMR_FOOD, HEALTH_FOOD));
    expect(r.stdout).toContain('\n  threshold 0.45 · mutual 0.25 · mandate 0.2\n');
    expect(bestMatches(r.stdout)).toEqual({ A: { ref: HEALTH_FOOD, score: 0.57 }, B: { ref: AMR_FOOD, score: 0.57 } });
  });

  it('lists the terms with their weights, best first, and where each side holds them', async () => {
    const r = await ok(explain(AMR_FOOD, HEALTH_FOOD));
    const { header, rows } = terms(r.stdout);
    expect(header).toMatch(/^Terms +weight +A +B$/);
    const byTerm = new Map(rows.map((t) => [t.term, t]));
    // The weights EXPECTED.md quotes: the shared words weigh little, the words that differ more.
    expect(byTerm.get('食品安全')).toEqual({ term: '食品安全', weight: 0.48, a: 'title', b: 'title' });
    expect(byTerm.get('监测')).toEqual({ term: '监测', weight: 0.28, a: 'title', b: 'title' });
    expect(byTerm.get('计划')).toEqual({ term: '计划', weight: 0.1, a: 'title', b: 'title' });
    expect(byTerm.get('风险')).toEqual({ term: '风险', weight: 0.09, a: 'title', b: 'title' });
    expect(byTerm.get('抽样检验')).toEqual({ term: '抽样检验', weight: 0.67, a: 'title', b: '·' });
    expect(byTerm.get('评估')).toEqual({ term: '评估', weight: 0.39, a: '·', b: 'title' });
    // Every row says where each side holds the term, and at least one side holds it.
    for (const t of rows) {
      expect(['title', 'detail', '·']).toContain(t.a);
      expect(['title', 'detail', '·']).toContain(t.b);
      expect(t.a === '·' && t.b === '·', t.term).toBe(false);
      expect(t.weight).toBeGreaterThan(0);
      expect(t.weight).toBeLessThanOrEqual(1);
    }
    // Heaviest first.
    const weights = rows.map((t) => t.weight);
    expect(weights).toEqual([...weights].sort((x, y) => y - x));
    // A term only B holds is not in A's title (评估), and one both hold is in both titles (食品安全).
    expect(AMR_TITLE).not.toContain('评估');
    expect(HEALTH_TITLE).toContain('评估');
  });

  it('ends with the verdict: the rule, that it fires, and why', async () => {
    const r = await ok(explain(AMR_FOOD, HEALTH_FOOD));
    expect(verdicts(r.stdout)).toEqual([{ rule: 'overlap', message: 'Reported: score 0.57 ≥ threshold 0.45' }]);
    // And lint does report it.
    expect(pairFindings('overlap', AMR_FOOD, HEALTH_FOOD)).toEqual([expect.objectContaining({ severity: 'warn', score: 0.57 })]);
  });

  it('gives the same evidence with the duties the other way round, A and B swapped', async () => {
    const ab = await ok(explain(AMR_FOOD, HEALTH_FOOD));
    const ba = await ok(explain(HEALTH_FOOD, AMR_FOOD));
    const e = evidence(ba.stdout);
    expect(e.get('titles alike')).toBe(0.53);
    expect(e.get("A's title held by B")).toBe(evidence(ab.stdout).get("B's title held by A"));
    expect(e.get("B's title held by A")).toBe(evidence(ab.stdout).get("A's title held by B"));
    expect(e.get('score (one held)')).toBe(0.57);
    const swapped = terms(ab.stdout).rows.map((t) => ({ ...t, a: t.b, b: t.a }));
    expect(terms(ba.stdout).rows).toEqual(swapped);
    expect(verdicts(ba.stdout)).toEqual(verdicts(ab.stdout));
  });

  it('a paraphrase whose title is wholly held by the other: score from containment (EXPECTED.md #7)', async () => {
    const r = await ok(explain('zj.rz.emergency/occupational-hygiene', 'zj.rz.health/occupational-health'));
    const e = evidence(r.stdout);
    expect(e.get('score (both held)')).toBe(0.81);
    expect(Math.max(e.get("A's title held by B")!, e.get("B's title held by A")!)).toBeGreaterThanOrEqual(0.81);
    expect(verdicts(r.stdout)).toEqual([{ rule: 'overlap', message: 'Reported: score 0.81 ≥ threshold 0.45' }]);
  });

  it('marks terms held only in a detail as "detail"', async () => {
    const dir = catalogue({
      'amr.yaml': department('zj.rz.amr', '润州区市场监督管理局', 'zj.rz', [
        ['food-risk-monitoring', AMR_TITLE, 'detail: 重点覆盖校园周边和农贸市场的小餐饮、小作坊'],
        ['special-equipment', '负责全区特种设备安全监察，组织开展电梯、锅炉、压力容器等特种设备安全检查'],
      ]),
      'health.yaml': department('zj.rz.health', '润州区卫生健康委员会', 'zj.rz', [
        ['food-risk-monitoring', '组织开展全区食品安全风险监测和评估，实施食品安全风险监测计划', 'detail: 会同区市场监管局对小作坊开展风险监测'],
        ['disease-control', '负责全区疾病预防控制，组织实施传染病防治和免疫规划'],
      ]),
    });
    const r = await ok(runCliAsync(['explain', AMR_FOOD, HEALTH_FOOD, '--in', dir]));
    // The details are shown under the titles.
    expect(r.stdout).toContain('\n   重点覆盖校园周边和农贸市场的小餐饮、小作坊\n');
    const byTerm = new Map(terms(r.stdout).rows.map((t) => [t.term, t]));
    expect(byTerm.get('小作坊')).toMatchObject({ a: 'detail', b: 'detail' });
    expect(byTerm.get('餐饮')).toMatchObject({ a: 'detail', b: '·' });
    expect(byTerm.get('食品安全')).toMatchObject({ a: 'title', b: 'title' });
    // The whole texts now differ from the titles alone.
    const e = evidence(r.stdout);
    expect(e.get('whole texts alike')).not.toBe(e.get('titles alike'));
    const json = JSON.parse((await ok(runCliAsync(['explain', AMR_FOOD, HEALTH_FOOD, '--in', dir, '-f', 'json']))).stdout) as PairJson;
    expect(json.a.detail).toBe('重点覆盖校园周边和农贸市场的小餐饮、小作坊');
    expect(json.terms.find((t) => t.term === '小作坊')).toMatchObject({ a: 'detail', b: 'detail' });
  });
});

describe.concurrent('explain --lang zh', () => {
  it('labels everything in Chinese: evidence, thresholds, best matches, terms (标题/详情) and verdict (结论)', async () => {
    const r = await ok(explain(AMR_FOOD, HEALTH_FOOD, '--lang', 'zh'));
    expect(r.stdout).toContain('\n职责交叉证据，权重按 zj.rz\n');
    expect([...evidence(r.stdout)]).toEqual([
      ['标题相似', 0.53],
      ['全文相似', 0.53],
      ['A 的标题包含在 B 中', 0.4],
      ['B 的标题包含在 A 中', 0.75],
      ['得分（单向包含）', 0.57],
    ]);
    expect(r.stdout).toContain('\n  阈值 0.45 · 互为最佳 0.25 · 承接 0.2\n');
    expect(bestMatches(r.stdout)).toEqual({ A: { ref: HEALTH_FOOD, score: 0.57 }, B: { ref: AMR_FOOD, score: 0.57 } });
    const { header, rows } = terms(r.stdout);
    expect(header).toMatch(/^词语 +权重 +A +B$/);
    expect(rows.find((t) => t.term === '食品安全')).toEqual({ term: '食品安全', weight: 0.48, a: '标题', b: '标题' });
    expect(rows.find((t) => t.term === '评估')).toEqual({ term: '评估', weight: 0.39, a: '·', b: '标题' });
    expect(verdicts(r.stdout)).toEqual([{ rule: 'overlap', message: '报告：得分 0.57 ≥ 阈值 0.45' }]);
    // No English label is left.
    for (const word of ['Overlap evidence', 'titles alike', 'held by', 'threshold', 'best match', 'Terms', 'weight', 'Verdict', 'title', 'Reported']) {
      expect(r.stdout).not.toContain(word);
    }
    // The same numbers as in English.
    const en = await ok(explain(AMR_FOOD, HEALTH_FOOD));
    expect([...evidence(r.stdout).values()]).toEqual([...evidence(en.stdout).values()]);
    expect(terms(r.stdout).rows.map((t) => [t.term, t.weight])).toEqual(terms(en.stdout).rows.map((t) => [t.term, t.weight]));
  });

  it('LANG=zh_CN.UTF-8 gives the same Chinese output', async () => {
    const viaEnv = await runCliAsync(['explain', AMR_FOOD, HEALTH_FOOD, '--in', EXAMPLE], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(viaEnv.stdout).toBe((await ok(explain(AMR_FOOD, HEALTH_FOOD, '--lang', 'zh'))).stdout);
  });

  it.each([
    ['overlap evidence', AMR_FOOD, HEALTH_FOOD],
    ['mandate evidence, with a licence or fee', 'zj.rz.edu/study-tour', 'zj.edu/off-campus-training'],
  ])('aligns the values of the %s rows at one display column, though the labels mix Chinese and ASCII', async (_what, x, y) => {
    const r = await ok(explain(x, y, '--lang', 'zh'));
    const rows = evidenceLines(r.stdout);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const valueAt = (l: string) => l.search(/\d+\.\d\d$/);
    const columns = rows.map((l) => stringWidth(l.slice(0, valueAt(l))));
    expect(new Set(columns).size, rows.join('\n')).toBe(1);
    // Padding by characters would not do it: the labels' lengths in characters differ from their widths.
    expect(new Set(rows.map(valueAt)).size).toBeGreaterThan(1);
    // Two spaces at least between the longest label and its value.
    expect(rows.some((l) => / {2}\d+\.\d\d$/.test(l) && !/ {3}\d+\.\d\d$/.test(l))).toBe(true);
  });

  it('aligns the terms table: the weight and side columns start at one display column, header included', async () => {
    const r = await ok(explain(AMR_FOOD, HEALTH_FOOD, '--lang', 'zh'));
    const { header, lines } = terms(r.stdout);
    const at = (l: string, re: RegExp) => stringWidth(l.slice(0, l.search(re)));
    const weightCols = new Set([at(header, /权重/), ...lines.map((l) => at(l, /\d\.\d\d/))]);
    expect(weightCols.size, [header, ...lines].join('\n')).toBe(1);
    const sideCols = new Set(lines.map((l) => at(l, /(?<=\d\.\d\d +)\S/)));
    expect(sideCols.size).toBe(1);
    expect(at(header, /A /)).toBe([...sideCols][0]);
  });

  it('says 详情 for a term held in a detail', async () => {
    const dir = catalogue({
      'a.yaml': department('x.a', '某区甲局', 'x', [['d1', '负责全区食品安全风险监测', 'detail: 重点覆盖小作坊和小餐饮']]),
      'b.yaml': department('x.b', '某区乙局', 'x', [['d1', '组织开展全区食品安全风险监测', 'detail: 对小作坊开展抽查']]),
    });
    const r = await ok(runCliAsync(['explain', 'x.a/d1', 'x.b/d1', '--in', dir, '--lang', 'zh']));
    expect(terms(r.stdout).rows.find((t) => t.term === '小作坊')).toMatchObject({ a: '详情', b: '详情' });
    expect(terms(r.stdout).rows.find((t) => t.term === '食品安全')).toMatchObject({ a: '标题', b: '标题' });
  });

  it('one duty in Chinese: 承接, nearest in its government and above, and the licence/fee mark', async () => {
    const r = await ok(explain('zj.rz.edu/study-tour', '--lang', 'zh'));
    expect(r.stdout).toContain('\n承接\n  无\n');
    expect(section(r.stdout, /^zj\.rz 其他部门中最接近的职责（职责交叉）$/)).toBe('none');
    const above = section(r.stdout, /^上级中最接近的职责（承接；✓ 为对口部门）$/);
    expect(above).not.toBe('none');
    expect((above as Exclude<typeof above, 'none'>)[0]).toMatchObject({ score: 0.29, counterpart: true, ref: 'zj.edu/off-campus-training' });
    expect((above as Exclude<typeof above, 'none'>)[0]!.rest).toMatch(/\(不能作为依据：许可或收费\)$/);
    expect(r.stdout).toContain('\n阈值 0.45 · 互为最佳 0.25 · 承接 0.2\n');
  });
});

describe.concurrent('explain: a pair that is not reported says why', () => {
  it('below the mutual threshold', async () => {
    const x = 'zj.rz.edu/campus-safety';
    const y = 'zj.rz.health/disease-control';
    const r = await ok(explain(x, y));
    expect(evidence(r.stdout).get('score (one held)')).toBe(0.21);
    expect(verdicts(r.stdout)).toEqual([{ rule: 'overlap', message: 'Score 0.21 is below the mutual threshold 0.25 (and the threshold 0.45): not reported' }]);
    expect(pairFindings('overlap', x, y)).toEqual([]);
  });

  it('mutual, above the mutual threshold, but sharing one meaningful thing only', async () => {
    const x = 'zj.amr/food-safety-coordination';
    const y = 'zj.health/food-risk-monitoring';
    const r = await ok(explain(x, y));
    const score = [...evidence(r.stdout)].find(([k]) => k.startsWith('score'))![1];
    expect(score).toBeGreaterThanOrEqual(0.25);
    expect(score).toBeLessThan(0.45);
    expect(bestMatches(r.stdout)).toEqual({ A: { ref: y, score }, B: { ref: x, score } });
    expect(verdicts(r.stdout)).toEqual([{
      rule: 'overlap',
      message: `Score ${score}, but the two share 1 meaningful thing(s) (two are needed below 0.8, unless one title is all the other holds): not reported`,
    }]);
    expect(pairFindings('overlap', x, y)).toEqual([]);
  });

  it('mutual, but sharing only words of procedure and power (nothing meaningful)', async () => {
    const r = await ok(explain('zj.emergency/hazardous-chemicals', 'zj.env/eia'));
    expect(verdicts(r.stdout)[0]!.message).toMatch(/^Score 0\.31, but the two share 0 meaningful thing\(s\)/);
    expect(pairFindings('overlap', 'zj.emergency/hazardous-chemicals', 'zj.env/eia')).toEqual([]);
  });

  it('above the threshold, but one side is a support duty', async () => {
    const x = 'zj.emergency/work-safety-committee';
    const y = 'zj.housing/construction-work-safety';
    const r = await ok(explain(x, y));
    expect(evidence(r.stdout).get('score (one held)')).toBe(0.64);
    expect(verdicts(r.stdout)).toEqual([{ rule: 'overlap', message: `${y} is a support duty: it owns nothing, so it overlaps nothing` }]);
    expect(pairFindings('overlap', x, y)).toEqual([]);
  });

  it('two duties of one department', async () => {
    const r = await ok(explain(AMR_FOOD, 'zj.rz.amr/food-safety-coordination'));
    expect(verdicts(r.stdout)).toEqual([{ rule: 'overlap', message: 'Both are duties of one department: overlap compares different departments only' }]);
  });

  it('a cancelled duty', async () => {
    const r = await ok(explain('zj.rz.amr/industrial-license-review', 'zj.rz.env/eia'));
    expect(verdicts(r.stdout)).toEqual([{ rule: 'overlap', message: 'zj.rz.amr/industrial-license-review is not active (cancelled, transferred or delegated)' }]);
  });

  it('divided: reported at info, citing the division', async () => {
    const x = 'zj.rz.agri/edible-farm-product-quality';
    const y = 'zj.rz.amr/edible-farm-product-market';
    const r = await ok(explain(x, y));
    expect(evidence(r.stdout).get('score (both held)')).toBe(0.81);
    expect(verdicts(r.stdout)).toEqual([{
      rule: 'overlap',
      message: 'Reported, settled by division rz-agri-vs-amr-edible-farm-products (食用农产品质量安全监督管理): at info at most',
    }]);
    expect(pairFindings('overlap', x, y)).toEqual([expect.objectContaining({ severity: 'info' })]);
    const json = JSON.parse((await ok(explain(x, y, '-f', 'json'))).stdout) as PairJson;
    expect(json.verdicts).toEqual([expect.objectContaining({ rule: 'overlap', fires: true })]);
  });

  it('two lead duties: the verdict is multiple-leads, not overlap', async () => {
    const x = 'zj.rz.emergency/work-safety-committee';
    const y = 'zj.rz.housing/work-safety';
    const r = await ok(explain(x, y));
    expect(verdicts(r.stdout)).toEqual([{ rule: 'multiple-leads', message: 'Reported: score 0.75 ≥ threshold 0.45' }]);
    expect(pairFindings('overlap', x, y)).toEqual([]);
    expect(lintReport.findings.filter((f) => f.rule === 'multiple-leads')).toHaveLength(1);
  });

  it('mutual threshold reached, but not each other\'s best match: names the better match', async () => {
    const dir = catalogue({
      'culture.yaml': department('x.culture', '某区文化旅游局', 'x', [['d1', '负责湖区游船经营秩序管理和水域日常巡查'], ['d2', '负责全区公共图书馆和文化馆的业务指导']]),
      'housing.yaml': department('x.housing', '某区住房城乡建设局', 'x', [['d1', '负责长江岸线码头设施的日常巡查和游船检验'], ['d2', '负责全区国有土地上房屋征收与补偿']]),
      'transport.yaml': department('x.transport', '某区交通运输局', 'x', [['d1', '负责长江岸线码头设施的日常巡查和船舶检验']]),
      'edu.yaml': department('x.edu', '某区教育局', 'x', [['d1', '负责全区中小学教师队伍建设，组织实施教师资格认定']]),
      'finance.yaml': department('x.finance', '某区财政局', 'x', [['d1', '负责全区国库集中收付管理，管理财政专户资金']]),
    });
    const r = await ok(runCliAsync(['explain', 'x.culture/d1', 'x.housing/d1', '--in', dir]));
    const score = [...evidence(r.stdout)].find(([k]) => k.startsWith('score'))![1];
    expect(score).toBeGreaterThanOrEqual(0.25);
    expect(score).toBeLessThan(0.45);
    const best = bestMatches(r.stdout);
    expect(best.A).toEqual({ ref: 'x.housing/d1', score });
    expect(best.B!.ref).toBe('x.transport/d1');
    expect(best.B!.score).toBeGreaterThan(score);
    expect(verdicts(r.stdout)).toEqual([{
      rule: 'overlap',
      message: `Score ${score} reaches the mutual threshold 0.25 but not the threshold 0.45, and the two are not each other's best match ` +
        `(better: x.transport/d1, ${best.B!.score}): not reported`,
    }]);
    const lint = JSON.parse((await runCliAsync([dir, '--format', 'json'])).stdout) as LintJson;
    expect(lint.findings.filter((f) => f.rule === 'overlap' && [f.duty, ...(f.related ?? []).map((x) => x.duty)].includes('x.culture/d1'))).toEqual([]);
  });

  it('two governments neither above the other: no rule compares them', async () => {
    const dir = catalogue({
      'a.yaml': department('x.amr', '甲区市场监管局', 'x', [['food', '负责全区食品安全监督抽检']]),
      'b.yaml': department('y.amr', '乙区市场监管局', 'y', [['food', '负责全区食品安全监督抽检']]),
    });
    const r = await ok(runCliAsync(['explain', 'x.amr/food', 'y.amr/food', '--in', dir]));
    expect(verdicts(r.stdout)).toEqual([{ rule: 'overlap', message: 'Neither duty is in the other\'s government or in a government above it: no rule compares them' }]);
    expect(r.stdout).not.toMatch(EVIDENCE_HEADER);
  });
});

describe.concurrent('explain: a lower and an upper duty (mandate evidence)', () => {
  it('gives the mandate evidence, weighed in the upper government, and the verdict: it implements its best counterpart duty', async () => {
    const r = await ok(explain('zj.rz.edu/school-epidemic', 'zj.edu/school-health'));
    expect(r.stdout).toContain('\nMandate evidence (lower duty A), weighed in zj\n');
    expect([...evidence(r.stdout)]).toEqual([
      ['whole texts alike', 0.71],
      ['lower title held by upper', 0.56],
      ['lower text held by upper', 0.56],
      ['upper title held by lower', 0.95],
      ['score (whole texts alike)', 0.71],
    ]);
    expect(r.stdout).toContain('\n  threshold 0.45 · mutual 0.25 · mandate 0.2\n');
    expect(bestMatches(r.stdout)).toEqual({ A: { ref: 'zj.edu/school-health', score: 0.71 } });
    const shared = terms(r.stdout).rows.filter((t) => t.a === 'title' && t.b === 'title').map((t) => t.term);
    expect(shared).toEqual(expect.arrayContaining(['缺课', '追踪', '学校']));
    expect(verdicts(r.stdout)).toEqual([{
      rule: 'mandate-gap', message: 'zj.rz.edu/school-epidemic implements zj.edu/school-health: its best counterpart duty, score 0.71 ≥ 0.2',
    }]);
  });

  it('takes the lower duty as B when it is given second', async () => {
    const r = await ok(explain('zj.edu/school-health', 'zj.rz.edu/school-epidemic'));
    expect(r.stdout).toContain('\nMandate evidence (lower duty B), weighed in zj\n');
    expect(evidence(r.stdout).get('score (whole texts alike)')).toBe(0.71);
    expect(bestMatches(r.stdout)).toEqual({ B: { ref: 'zj.edu/school-health', score: 0.71 } });
    expect(verdicts(r.stdout)[0]!.message).toBe('zj.rz.edu/school-epidemic implements zj.edu/school-health: its best counterpart duty, score 0.71 ≥ 0.2');
  });

  it('a licence or fee: the similarity, a score of 0, and unfounded-duty fires for that reason (zj.rz.edu/study-tour)', async () => {
    const r = await ok(explain('zj.rz.edu/study-tour', 'zj.edu/off-campus-training'));
    const e = evidence(r.stdout);
    expect(e.get('similarity')).toBe(0.29);
    expect(e.get('score (a licence or fee the upper duty does not speak of)')).toBe(0);
    expect(verdicts(r.stdout)).toEqual([{
      rule: 'unfounded-duty',
      message: 'zj.rz.edu/study-tour grants a licence or charges a fee that zj.edu/off-campus-training does not speak of: similarity 0.29, score 0',
    }]);
    // The fee is what the lower title says (收取评审费) and the upper one does not.
    expect(terms(r.stdout).rows.find((t) => t.term === '收取')).toMatchObject({ a: 'title', b: '·' });
    const json = JSON.parse((await ok(explain('zj.rz.edu/study-tour', 'zj.edu/off-campus-training', '-f', 'json'))).stdout) as PairJson;
    expect(json.mandate).toMatchObject({ by: 'powers', similarity: 0.29, score: 0, lower: 'a' });
    expect(json.verdicts).toEqual([expect.objectContaining({ rule: 'unfounded-duty', fires: true })]);
    expect(lintReport.findings.filter((f) => f.rule === 'unfounded-duty' && f.duty === 'zj.rz.edu/study-tour')).toHaveLength(1);
  });

  it('an explicit mandate: named as such, and nothing is inferred for that duty', async () => {
    const r = await ok(explain(AMR_FOOD, 'zj.amr/food-sampling'));
    expect(evidence(r.stdout).get('score (held)')).toBe(0.77);
    expect(verdicts(r.stdout)).toEqual([{ rule: 'mandate-gap', message: `${AMR_FOOD} names zj.amr/food-sampling in its mandate` }]);
    // Against a closer non-counterpart duty, the explicit mandate is the reason no mandate is inferred (EXPECTED.md trap).
    const other = await ok(explain(AMR_FOOD, 'zj.health/food-risk-monitoring'));
    expect(evidence(other.stdout).get('score (whole texts alike)')).toBe(0.42);
    expect(verdicts(other.stdout)[0]!.message).toBe(`${AMR_FOOD} declares its mandate (zj.amr/food-sampling): no mandate is inferred for it`);
    expect(lintReport.findings.filter((f) => f.rule === 'misplaced-duty' && f.duty === AMR_FOOD)).toEqual([]);
  });

  it('an explicit mandate to a non-counterpart: misplaced-duty fires', async () => {
    const r = await ok(explain('zj.rz.housing/construction-dust', 'zj.env/construction-dust'));
    expect(evidence(r.stdout).get('lower title held by upper')).toBe(1);
    expect(verdicts(r.stdout)).toEqual([{
      rule: 'misplaced-duty',
      message: 'zj.rz.housing/construction-dust names zj.env/construction-dust in its mandate, but that department is not among its counterparts: misplaced-duty',
    }]);
    expect(lintReport.findings.filter((f) => f.rule === 'misplaced-duty' && f.duty === 'zj.rz.housing/construction-dust')).toHaveLength(1);
  });

  it('a counterpart duty the lower duty does not implement: it implements another', async () => {
    const r = await ok(explain('zj.rz.edu/school-epidemic', 'zj.edu/campus-safety'));
    expect(verdicts(r.stdout)).toEqual([{
      rule: 'mandate-gap', message: 'zj.rz.edu/school-epidemic implements zj.edu/school-health instead, and does not cover zj.edu/campus-safety',
    }]);
  });

  it('a duty of a department that is not a counterpart', async () => {
    const r = await ok(explain('zj.rz.amr/e-bike-quality', 'zj.agri/edible-farm-product-quality'));
    expect(verdicts(r.stdout)).toEqual([{
      rule: 'misplaced-duty',
      message: 'zj.agri/edible-farm-product-quality is not a duty of a counterpart of zj.rz.amr/e-bike-quality (zj.amr, zj.quality-supervision): ' +
        'it counts only as misplaced-duty, when it scores clearly more than every counterpart duty',
    }]);
  });

  it('a counterpart duty that is not the best one: names the better one', async () => {
    const r = await ok(explain('zj.rz.amr/e-bike-quality', 'zj.amr/special-equipment'));
    expect(verdicts(r.stdout)).toEqual([{
      rule: 'unfounded-duty', message: 'zj.amr/edible-farm-product-market scores more for zj.rz.amr/e-bike-quality (0.04)',
    }]);
  });

  describe.concurrent('on small catalogues', () => {
    const PROVINCE = department('js.amr', '江苏省市场监督管理局', 'js', [
      ['food-safety', '负责全省食品安全监督管理，制定全省食品安全监督抽检计划并组织实施，组织开展食品安全风险监测、评估和预警交流，定期公布抽检结果'],
    ]);
    const CITY = department('zj.amr', '镇江市市场监督管理局', 'zj', [
      ['food-safety', '负责全市食品安全监督管理，组织开展食品安全抽样检验和风险监测工作'],
      ['special-equipment', '负责全市特种设备安全监督管理'],
    ]);
    const DISTRICT = department('zj.rz.amr', '润州区市场监督管理局', 'zj.rz', [
      ['food-safety', '负责全区食品安全监督管理，组织开展食品安全抽样检验和风险监测工作'],
      ['special-equipment', '负责全区特种设备安全监督管理', 'mandate: [zj.amr/special-equipment]'],
      ['night-market', '负责全区夜市摊点经营秩序的日常巡查'],
    ], ['counterparts: [zj.amr, js.amr]']);
    let dir: string;
    beforeAll(() => {
      dir = catalogue({ 'js/amr.yaml': PROVINCE, 'zj/amr.yaml': CITY, 'zj/rz/amr.yaml': DISTRICT });
    });

    it('implements its best counterpart duty, and covers a second one above', async () => {
      const best = await ok(cached(['explain', 'zj.rz.amr/food-safety', 'zj.amr/food-safety', '--in', dir]));
      expect(best.stdout).toContain('\nMandate evidence (lower duty A), weighed in zj\n');
      expect(verdicts(best.stdout)).toEqual([{
        rule: 'mandate-gap', message: 'zj.rz.amr/food-safety implements zj.amr/food-safety: its best counterpart duty, score 1 ≥ 0.2',
      }]);
      const second = await ok(cached(['explain', 'zj.rz.amr/food-safety', 'js.amr/food-safety', '--in', dir]));
      expect(second.stdout).toContain('\nMandate evidence (lower duty A), weighed in js\n');
      expect(evidence(second.stdout).get('lower title held by upper')).toBe(1);
      expect(verdicts(second.stdout)).toEqual([{
        rule: 'mandate-gap',
        message: 'zj.rz.amr/food-safety covers js.amr/food-safety too: an item of its title, or js.amr/food-safety\'s title, is mostly held by the other',
      }]);
    });

    it('one duty lists both, inferred with their scores, best first', async () => {
      const r = await ok(cached(['explain', 'zj.rz.amr/food-safety', '--in', dir]));
      const implemented = /\nImplements\n((?: {2}.*\n)+)/.exec(r.stdout)![1]!.trimEnd().split('\n');
      expect(implemented).toEqual(['  zj.amr/food-safety  inferred 1.00', '  js.amr/food-safety  inferred 0.87']);
      const above = section(r.stdout, /^Nearest duties above/) as Exclude<ReturnType<typeof section>, 'none'>;
      expect(above.slice(0, 2)).toEqual([
        expect.objectContaining({ ref: 'zj.amr/food-safety', score: 1, counterpart: true }),
        expect.objectContaining({ ref: 'js.amr/food-safety', score: 0.87, counterpart: true }),
      ]);
    });

    it('below the mandate threshold with no basis: unfounded-duty fires, and lint reports it', async () => {
      const r = await ok(cached(['explain', 'zj.rz.amr/night-market', 'zj.amr/special-equipment', '--in', dir, '-f', 'json']));
      const json = JSON.parse(r.stdout) as PairJson;
      expect(json.mandate!.score).toBeLessThan(0.2);
      expect(json.verdicts).toEqual([{
        rule: 'unfounded-duty', fires: true,
        message: `Score ${json.mandate!.score} is below the mandate threshold 0.2, and no item of either title is held by the other`,
      }]);
      const lint = JSON.parse((await runCliAsync([dir, '--format', 'json'])).stdout) as LintJson;
      expect(lint.findings.filter((f) => f.rule === 'unfounded-duty').map((f) => f.duty)).toEqual(['zj.rz.amr/night-market']);
    });

    it('inferred from a non-counterpart that scores clearly more than any counterpart duty: misplaced-duty fires', async () => {
      const misplaced = catalogue({
        'zj/env.yaml': department('zj.env', '镇江市生态环境局', 'zj', [
          ['construction-dust', '负责全市建筑工地和道路扬尘污染防治的统一监督管理'],
          ['water-environment', '负责全市水环境质量监测和入河排污口设置管理'],
        ]),
        'zj/housing.yaml': department('zj.housing', '镇江市住房和城乡建设局', 'zj', [
          ['construction-safety', '负责全市建筑施工安全生产监督管理'],
          ['old-community', '负责全市老旧小区改造的组织实施'],
        ]),
        'zj/rz/housing.yaml': department('zj.rz.housing', '润州区住房和城乡建设局', 'zj.rz', [
          ['construction-dust', '负责全区建筑工地扬尘污染防治监督管理'],
          ['old-community', '负责全区老旧小区改造项目实施', 'mandate: [zj.housing/old-community]'],
        ], ['counterparts: [zj.housing]']),
      });
      const r = await ok(runCliAsync(['explain', 'zj.rz.housing/construction-dust', 'zj.env/construction-dust', '--in', misplaced, '-f', 'json']));
      const json = JSON.parse(r.stdout) as PairJson;
      expect(json.bestOfA).toMatchObject({ ref: 'zj.housing/construction-safety', counterpart: true });
      expect(json.mandate!.score).toBeGreaterThan(json.bestOfA!.score);
      expect(json.verdicts).toEqual([{
        rule: 'misplaced-duty', fires: true,
        message: `zj.env/construction-dust scores ${json.mandate!.score} for zj.rz.housing/construction-dust, clearly more than any counterpart duty ` +
          `(best: zj.housing/construction-safety, ${json.bestOfA!.score}): misplaced-duty`,
      }]);
      const one = await ok(runCliAsync(['explain', 'zj.rz.housing/construction-dust', '--in', misplaced]));
      expect(one.stdout).toContain(`\nImplements\n  zj.env/construction-dust  inferred ${json.mandate!.score.toFixed(2)}\n`);
      // Not a counterpart: no ✓.
      expect(section(one.stdout, /^Nearest duties above/)).toEqual([
        expect.objectContaining({ ref: 'zj.env/construction-dust', counterpart: false }),
        expect.objectContaining({ ref: 'zj.housing/construction-safety', counterpart: true }),
      ]);
    });
  });
});

describe.concurrent('explain with one duty', () => {
  it('an inferred mandate with its score, nearest duties of other departments, and nearest duties above with ✓ for counterparts', async () => {
    const r = await ok(explain('zj.rz.edu/school-epidemic'));
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'zj.rz.edu/school-epidemic  润州区教育局 · zj.rz',
      '配合区卫生健康委做好全区学校卫生和传染病防控工作，落实晨午检和因病缺课追踪制度',
    ]);
    expect(r.stdout).toContain('\nImplements\n  zj.edu/school-health  inferred 0.71\n');
    const government = section(r.stdout, /^Nearest duties of other departments of zj\.rz \(overlap\)$/) as Exclude<ReturnType<typeof section>, 'none'>;
    expect(government.length).toBeGreaterThan(0);
    expect(government.length).toBeLessThanOrEqual(5);
    // Other departments of its own government only, best first; the support's lead duty first (EXPECTED.md: 0.18).
    expect(government[0]).toMatchObject({ ref: 'zj.rz.health/disease-control', score: 0.18, counterpart: false });
    for (const c of government) expect(c.ref).toMatch(/^zj\.rz\.(?!edu\/)[a-z]+\//);
    expect(government.map((c) => c.score)).toEqual(government.map((c) => c.score).sort((x, y) => y - x));
    const above = section(r.stdout, /^Nearest duties above \(mandate; ✓ counterpart\)$/) as Exclude<ReturnType<typeof section>, 'none'>;
    expect(above[0]).toMatchObject({ ref: 'zj.edu/school-health', score: 0.71, counterpart: true });
    // ✓ exactly on the duties of its counterpart (zj.edu).
    for (const c of above) expect(c.counterpart, c.ref).toBe(c.ref.startsWith('zj.edu/'));
    expect(above.some((c) => !c.counterpart)).toBe(true);
    expect(above.map((c) => c.score)).toEqual(above.map((c) => c.score).sort((x, y) => y - x));
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('threshold 0.45 · mutual 0.25 · mandate 0.2');
  });

  it('an explicit mandate; its nearest scores are those of the pair explains', async () => {
    const r = await ok(explain(AMR_FOOD));
    expect(r.stdout).toContain('\nImplements\n  zj.amr/food-sampling  explicit\n');
    const government = section(r.stdout, /^Nearest duties of other departments/) as Exclude<ReturnType<typeof section>, 'none'>;
    expect(government[0]).toMatchObject({ ref: HEALTH_FOOD, score: 0.57 });
    expect(government[0]!.rest).toBe(HEALTH_TITLE);
    const pair = await ok(explain(AMR_FOOD, HEALTH_FOOD));
    expect(government[0]!.score).toBe(evidence(pair.stdout).get('score (one held)'));
    const above = section(r.stdout, /^Nearest duties above/) as Exclude<ReturnType<typeof section>, 'none'>;
    expect(above.slice(0, 2)).toEqual([
      expect.objectContaining({ ref: 'zj.amr/food-sampling', score: 0.77, counterpart: true }),
      expect.objectContaining({ ref: 'zj.health/food-risk-monitoring', score: 0.42, counterpart: false }),
    ]);
  });

  it('a duty that charges a fee: implements nothing; upper duties set aside for it are listed by similarity and marked', async () => {
    const r = await ok(explain('zj.rz.edu/study-tour'));
    expect(r.stdout).toContain('\nImplements\n  nothing\n');
    expect(section(r.stdout, /^Nearest duties of other departments/)).toBe('none');
    const above = section(r.stdout, /^Nearest duties above/) as Exclude<ReturnType<typeof section>, 'none'>;
    expect(above[0]).toMatchObject({ ref: 'zj.edu/off-campus-training', score: 0.29, counterpart: true });
    for (const c of above) expect(c.rest, c.ref).toMatch(/ {2}\(cannot found it: licence or fee\)$/);
    // The listed number is the pair's similarity, though its mandate score is 0.
    const pair = await ok(explain('zj.rz.edu/study-tour', 'zj.edu/off-campus-training'));
    expect(above[0]!.score).toBe(evidence(pair.stdout).get('similarity'));
    // A duty that charges nothing has no such mark.
    expect((await ok(explain('zj.rz.edu/school-epidemic'))).stdout).not.toContain('cannot found it');
  });

  it('an orphan support duty with nothing like it in its government (EXPECTED.md #10)', async () => {
    const r = await ok(explain('zj.rz.edu/garbage-sorting'));
    expect(section(r.stdout, /^Nearest duties of other departments of zj\.rz/)).toBe('none');
    expect(r.stdout).toContain('\nImplements\n  zj.edu/garbage-sorting-education  inferred 0.92\n');
  });

  it('a city duty: nothing above it', async () => {
    const r = await ok(explain('zj.edu/off-campus-training'));
    expect(r.stdout).toContain('\nImplements\n  nothing\n');
    expect(section(r.stdout, /^Nearest duties of other departments of zj \(overlap\)$/)).not.toBe('none');
    expect(section(r.stdout, /^Nearest duties above/)).toBe('none');
  });

  it('--format json: the same numbers', async () => {
    const text = await ok(explain('zj.rz.edu/school-epidemic'));
    const json = JSON.parse((await ok(explain('zj.rz.edu/school-epidemic', '--format', 'json'))).stdout) as DutyJson;
    expect(json.version).toBe(1);
    expect(json.duty).toEqual({
      ref: 'zj.rz.edu/school-epidemic', title: '配合区卫生健康委做好全区学校卫生和传染病防控工作，落实晨午检和因病缺课追踪制度',
      department: 'zj.rz.edu', jurisdiction: 'zj.rz',
    });
    expect(json.mandate).toEqual([{ ref: 'zj.edu/school-health', inferred: true, score: 0.71 }]);
    expect(json.thresholds).toEqual({ overlap: 0.45, mutual: 0.25, mandate: 0.2 });
    const government = section(text.stdout, /^Nearest duties of other departments/) as Exclude<ReturnType<typeof section>, 'none'>;
    expect(json.nearest.government.map((c) => [c.ref, c.score])).toEqual(government.map((c) => [c.ref, c.score]));
    expect(json.nearest.government.every((c) => c.counterpart === undefined)).toBe(true);
    const above = section(text.stdout, /^Nearest duties above/) as Exclude<ReturnType<typeof section>, 'none'>;
    expect(json.nearest.above.map((c) => [c.ref, c.score, c.counterpart])).toEqual(above.map((c) => [c.ref, c.score, c.counterpart]));
    for (const c of [...json.nearest.government, ...json.nearest.above]) {
      expect(c.score).toBeGreaterThan(0);
      expect(c.score).toBeLessThanOrEqual(1);
    }
    const explicit = JSON.parse((await ok(explain(AMR_FOOD, '--format', 'json'))).stdout) as DutyJson;
    expect(explicit.mandate).toEqual([{ ref: 'zj.amr/food-sampling', inferred: false }]);
  });

  it('--format json for a fee-charging duty: the same candidates and similarities as stylish', async () => {
    const text = await ok(explain('zj.rz.edu/study-tour'));
    const json = JSON.parse((await ok(explain('zj.rz.edu/study-tour', '--format', 'json'))).stdout) as DutyJson;
    expect(json.mandate).toEqual([]);
    expect(json.nearest.government).toEqual([]);
    const above = section(text.stdout, /^Nearest duties above/) as Exclude<ReturnType<typeof section>, 'none'>;
    expect(json.nearest.above.map((c) => [c.ref, c.score, c.counterpart])).toEqual(above.map((c) => [c.ref, c.score, c.counterpart]));
  });

  it('--format json marks the upper duties set aside for a licence or fee', async () => {
    const json = JSON.parse((await ok(explain('zj.rz.edu/study-tour', '--format', 'json'))).stdout) as DutyJson;
    expect(json.nearest.above[0]).toMatchObject({ ref: 'zj.edu/off-campus-training', powers: true });
  });
});

describe.concurrent('explain --format json (two duties)', () => {
  const SCORE_KEYS = { overlap: ['titles', 'texts', 'aInB', 'bInA', 'score'], mandate: ['texts', 'lowerTitleInUpper', 'lowerInUpper', 'upperTitleInLower', 'similarity', 'score'] };

  it('has the shape: a, b, weighedIn, overlap evidence in [0,1], thresholds, best matches, terms and verdicts', async () => {
    const r = await ok(explain(AMR_FOOD, HEALTH_FOOD, '--format', 'json'));
    const json = JSON.parse(r.stdout) as PairJson;
    expect(json.version).toBe(1);
    expect(json.a).toEqual({ ref: AMR_FOOD, title: AMR_TITLE, department: 'zj.rz.amr', jurisdiction: 'zj.rz' });
    expect(json.b).toEqual({ ref: HEALTH_FOOD, title: HEALTH_TITLE, department: 'zj.rz.health', jurisdiction: 'zj.rz' });
    expect(json.weighedIn).toBe('zj.rz');
    expect(json.mandate).toBeUndefined();
    expect(json.generic).toBeUndefined();
    for (const k of SCORE_KEYS.overlap) {
      const v = json.overlap![k] as number;
      expect(typeof v, k).toBe('number');
      expect(v, k).toBeGreaterThanOrEqual(0);
      expect(v, k).toBeLessThanOrEqual(1);
    }
    expect(json.overlap!.by).toBe('contained');
    expect(json.thresholds).toEqual({ overlap: 0.45, mutual: 0.25, mandate: 0.2 });
    expect(json.bestOfA).toMatchObject({ ref: HEALTH_FOOD, score: 0.57 });
    expect(json.bestOfB).toMatchObject({ ref: AMR_FOOD, score: 0.57 });
    expect(json.terms.length).toBeGreaterThan(3);
    for (const t of json.terms) {
      expect(Object.keys(t).every((k) => ['term', 'weight', 'a', 'b'].includes(k))).toBe(true);
      expect(typeof t.term).toBe('string');
      expect(t.weight).toBeGreaterThan(0);
      expect(t.weight).toBeLessThanOrEqual(1);
      expect(t.a ?? t.b).toBeDefined();
      for (const side of [t.a, t.b]) if (side !== undefined) expect(['title', 'detail']).toContain(side);
    }
    expect(json.verdicts).toEqual([{ rule: 'overlap', fires: true, message: 'Reported: score 0.57 ≥ threshold 0.45' }]);
  });

  it.each([
    ['overlap', AMR_FOOD, HEALTH_FOOD],
    ['overlap, not reported', 'zj.rz.amr/food-safety-coordination', HEALTH_FOOD],
    ['mandate', 'zj.rz.edu/school-epidemic', 'zj.edu/school-health'],
    ['mandate, lower second', 'zj.edu/school-health', 'zj.rz.edu/school-epidemic'],
    ['mandate, licence or fee', 'zj.rz.edu/study-tour', 'zj.edu/off-campus-training'],
  ])('holds the numbers of the stylish output (%s)', async (_what, x, y) => {
    const text = (await ok(explain(x, y))).stdout;
    const json = JSON.parse((await ok(explain(x, y, '--format', 'json'))).stdout) as PairJson;
    const values = [...evidence(text).values()];
    if (json.overlap) {
      expect(values).toEqual(SCORE_KEYS.overlap.map((k) => json.overlap![k]));
    } else {
      const keys = SCORE_KEYS.mandate.filter((k) => k !== 'similarity' || json.mandate!.by === 'powers');
      expect(values).toEqual(keys.map((k) => json.mandate![k]));
      for (const k of SCORE_KEYS.mandate) {
        expect(json.mandate![k], k).toBeGreaterThanOrEqual(0);
        expect(json.mandate![k], k).toBeLessThanOrEqual(1);
      }
      expect(text).toContain(`(lower duty ${json.mandate!.lower.toUpperCase()})`);
      expect(RULES).toContain(json.verdicts[0]!.rule);
    }
    expect(text).toContain(`weighed in ${json.weighedIn}\n`);
    expect(text).toContain(`threshold ${json.thresholds.overlap} · mutual ${json.thresholds.mutual} · mandate ${json.thresholds.mandate}`);
    const best = bestMatches(text);
    expect(best.A).toEqual(json.bestOfA && { ref: json.bestOfA.ref, score: json.bestOfA.score });
    expect(best.B).toEqual(json.bestOfB && { ref: json.bestOfB.ref, score: json.bestOfB.score });
    expect(terms(text).rows).toEqual(json.terms.map((t) => ({ term: t.term, weight: t.weight, a: t.a ?? '·', b: t.b ?? '·' })));
    expect(verdicts(text)).toEqual(json.verdicts.map((v) => ({ rule: v.rule, message: v.message })));
    for (const v of json.verdicts) expect(typeof v.fires).toBe('boolean');
  });

  it('verdicts of pairs lint does not report say fires: false', async () => {
    for (const [x, y] of [
      ['zj.rz.edu/campus-safety', 'zj.rz.health/disease-control'],
      ['zj.emergency/work-safety-committee', 'zj.housing/construction-work-safety'],
      ['zj.rz.edu/school-epidemic', 'zj.edu/school-health'],
    ] as const) {
      const json = JSON.parse((await ok(explain(x, y, '--format', 'json'))).stdout) as PairJson;
      expect(json.verdicts.map((v) => v.fires), `${x} ${y}`).toEqual([false]);
    }
  });

  it('--lang zh renders the verdict messages in Chinese, with the same data', async () => {
    const en = JSON.parse((await ok(explain(AMR_FOOD, HEALTH_FOOD, '--format', 'json'))).stdout) as PairJson;
    const zh = JSON.parse((await ok(explain(AMR_FOOD, HEALTH_FOOD, '--format', 'json', '--lang', 'zh'))).stdout) as PairJson;
    expect(zh.verdicts).toEqual([{ rule: 'overlap', fires: true, message: '报告：得分 0.57 ≥ 阈值 0.45' }]);
    expect({ ...zh, verdicts: [] }).toEqual({ ...en, verdicts: [] });
  });
});

describe.concurrent('explain: determinism', () => {
  it.each([
    ['a pair, stylish', [AMR_FOOD, HEALTH_FOOD]],
    ['a pair, json', [AMR_FOOD, HEALTH_FOOD, '--format', 'json']],
    ['a mandate pair, Chinese', ['zj.rz.edu/study-tour', 'zj.edu/off-campus-training', '--lang', 'zh']],
    ['one duty, stylish', ['zj.rz.edu/school-epidemic']],
    ['one duty, json', ['zj.rz.edu/school-epidemic', '--format', 'json']],
  ])('is byte-identical across two runs (%s)', async (_what, args) => {
    const first = await ok(runCliAsync(['explain', ...args, '--in', EXAMPLE]));
    const second = await ok(runCliAsync(['explain', ...args, '--in', EXAMPLE]));
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout.length).toBeGreaterThan(100);
  });

  it('gives the same output from inside the catalogue without --in, and with options before the duties', async () => {
    const from = await ok(explain(AMR_FOOD, HEALTH_FOOD));
    const inside = await ok(runCliAsync(['explain', AMR_FOOD, HEALTH_FOOD], { cwd: EXAMPLE }));
    expect(inside.stdout).toBe(from.stdout);
    const before = await ok(runCliAsync(['explain', '--in', EXAMPLE, '-f', 'stylish', AMR_FOOD, HEALTH_FOOD]));
    expect(before.stdout).toBe(from.stdout);
  });
});

describe.concurrent('explain: errors and help', () => {
  it.each([
    ['an unknown duty', ['zj.rz.amr/no-such-duty'], 'zj.rz.amr/no-such-duty'],
    ['an unknown department', ['zj.nowhere/food'], 'zj.nowhere/food'],
    ['an unknown second duty', [AMR_FOOD, 'zj.rz.health/nope'], 'zj.rz.health/nope'],
    ['a ref without a slash', ['food-risk-monitoring'], 'food-risk-monitoring'],
    ['a ref with two slashes', ['zj.rz.amr/food/risk'], 'zj.rz.amr/food/risk'],
    ['a ref with no duty id', ['zj.rz.amr/'], 'zj.rz.amr/'],
  ])('%s: exit 2, one line naming the ref and the expected form', async (_what, refs, ref) => {
    const r = await runCliAsync(['explain', ...refs, '--in', EXAMPLE]);
    expectUsageError(r, new RegExp(`"${ref.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`));
    expect(r.stderr).toContain('DEPARTMENT_ID/DUTY_ID');
  });

  it('an unknown duty in Chinese', async () => {
    const r = await runCliAsync(['explain', 'zj.rz.amr/nope', '--in', EXAMPLE, '--lang', 'zh']);
    expectUsageError(r, /^duty-lint: 本目录中没有职责 "zj\.rz\.amr\/nope"（职责写作 部门id\/职责id）$/m);
  });

  it('--in a path that does not exist: exit 2', async () => {
    const r = await runCliAsync(['explain', AMR_FOOD, '--in', 'no/such/catalogue']);
    expectUsageError(r, /No such file or folder: no\/such\/catalogue/);
  });

  it.each([
    ['no duty', ['explain', '--in', EXAMPLE], /missing required argument 'duty'/],
    ['no arguments at all', ['explain'], /missing required argument 'duty'/],
    ['three duties', ['explain', AMR_FOOD, HEALTH_FOOD, 'zj.rz.amr/special-equipment', '--in', EXAMPLE], /too many arguments/],
    ['a bad --format', ['explain', AMR_FOOD, '--in', EXAMPLE, '--format', 'xml'], /Unknown format "xml"\. Formats: stylish, json$/m],
    ['a bad --lang', ['explain', AMR_FOOD, '--in', EXAMPLE, '--lang', 'fr'], /argument 'fr' is invalid/],
  ])('%s: a usage error, exit 2, no output, no stack trace', async (_what, args, pattern) => {
    const r = await runCliAsync(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectNoStackTrace(r);
    expect(r.stderr).toMatch(pattern);
  });

  it('explain --help describes the arguments, --in, --format, --lang and gives examples', async () => {
    const r = await ok(runCliAsync(['explain', '--help']));
    expect(r.stdout).toMatch(/^Usage: duty-lint explain \[options\] <duty> \[other\]/);
    expect(r.stdout).toMatch(/evidence/);
    expect(r.stdout).toMatch(/\n {2}duty +a duty, as DEPARTMENT_ID\/DUTY_ID\n/);
    expect(r.stdout).toMatch(/\n {2}other +a second duty\n/);
    expect(r.stdout).toMatch(/\n {2}--in <path> +a file or folder of the catalogue/);
    expect(r.stdout).toMatch(/\n {2}-f, --format <format> +output format: stylish, json \(default: "stylish"\)/);
    expect(r.stdout).toMatch(/\n {2}--lang <lang> /);
    const examples = r.stdout.slice(r.stdout.indexOf('Examples:'));
    expect(examples).toMatch(/\n {2}duty-lint explain \S+\/\S+ \S+\/\S+ --in examples\/zhenjiang\n/);
    expect(examples).toMatch(/\n {2}duty-lint explain \S+\/\S+ --in examples\/zhenjiang --format json\n/);
    // The main help points to it too.
    expect((await ok(runCliAsync(['--help']))).stdout).toMatch(/\n {2}duty-lint explain /);
  });

  it('the examples of explain --help run as printed', async () => {
    const help = (await ok(runCliAsync(['explain', '--help']))).stdout;
    const commands = [...help.matchAll(/^ {2}duty-lint (explain .+)$/gm)].map((m) => m[1]!.trim().split(/\s+/));
    expect(commands).toHaveLength(2);
    for (const args of commands) await ok(runCliAsync(args));
  });
});

describe.concurrent('explain: boilerplate', () => {
  /** A government of six departments, five of which carry the same closing line and four a reworded common line. */
  const OTHER = '完成区委区政府交办的其他任务';
  let dir: string;
  beforeAll(() => {
    const reworded = ['做好营商环境优化提升有关工作', '负责本系统营商环境的优化提升', '推进营商环境优化和提升工作', '承担本行业营商环境优化提升任务'];
    const own: Array<[string, string, string]> = [
      ['edu', '某区教育局', '负责全区中小学教师队伍建设，组织实施教师资格认定'],
      ['finance', '某区财政局', '负责全区国库集中收付管理，管理财政专户资金'],
      ['hrss', '某区人力资源和社会保障局', '负责全区城乡居民基本养老保险经办'],
      ['water', '某区水利局', '负责全区水土保持和河道堤防工程建设管理'],
      ['agri', '某区农业农村局', '负责全区农村宅基地改革和管理'],
      ['sport', '某区体育局', '负责全区体育赛事活动的组织和管理'],
    ];
    dir = catalogue(Object.fromEntries(own.map(([id, name, title], k) => {
      const duties: Array<[string, string]> = [['own', title]];
      if (k < 5) duties.push(['other', OTHER]);
      if (k < 4) duties.push(['business', reworded[k]!]);
      return [`${id}.yaml`, department(`x.${id}`, name, 'x', duties)];
    })));
  });

  it('a line carried by most departments: explain says it is boilerplate, matching a pattern, and no rule reports it', async () => {
    const r = await ok(cached(['explain', 'x.edu/other', 'x.finance/other', '--in', dir]));
    expect(r.stdout.split('\n').slice(0, 6)).toEqual([
      'A  x.edu/other  某区教育局 · x',
      `   ${OTHER}`,
      '   boilerplate: matches 交办的?其他',
      'B  x.finance/other  某区财政局 · x',
      `   ${OTHER}`,
      '   boilerplate: matches 交办的?其他',
    ]);
    expect(verdicts(r.stdout)).toEqual([{ rule: 'overlap', message: 'x.edu/other is boilerplate, which no rule reports on' }]);
    const json = JSON.parse((await ok(cached(['explain', 'x.edu/other', 'x.finance/other', '--in', dir, '-f', 'json']))).stdout) as PairJson;
    expect(json.generic).toEqual({ a: { pattern: '交办的?其他' }, b: { pattern: '交办的?其他' } });
    expect(json.verdicts).toEqual([expect.objectContaining({ fires: false })]);
    const lint = await runCliAsync([dir, '--format', 'json']);
    expect(lint.code).toBe(0);
    expect((JSON.parse(lint.stdout) as LintJson).findings).toEqual([]);
  });

  it('a line reworded across departments: carried alike by N departments', async () => {
    const r = await ok(cached(['explain', 'x.finance/business', '--in', dir]));
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'x.finance/business  某区财政局 · x',
      '负责本系统营商环境的优化提升',
      'boilerplate: carried alike by 4 departments',
    ]);
    // It is no candidate of anyone: not among the nearest duties of another department's line.
    const other = await ok(cached(['explain', 'x.edu/business', '--in', dir]));
    expect(other.stdout).not.toContain('x.finance/business');
    const json = JSON.parse((await ok(cached(['explain', 'x.finance/business', '--in', dir, '-f', 'json']))).stdout) as DutyJson;
    expect(json.generic).toEqual({ carriers: 4 });
  });

  it('in Chinese: 通用条目 and why', async () => {
    const r = await ok(cached(['explain', 'x.finance/business', '--in', dir, '--lang', 'zh']));
    expect(r.stdout.split('\n')[2]).toBe('通用条目: 4 个部门有相同条目');
    const pair = await ok(cached(['explain', 'x.edu/other', 'x.finance/other', '--in', dir, '--lang', 'zh']));
    expect(pair.stdout).toContain('\n   通用条目: 匹配 交办的?其他\n');
    expect(verdicts(pair.stdout)).toEqual([{ rule: 'overlap', message: 'x.edu/other 是通用条目（套话），任何规则都不对其报告' }]);
  });

  it('a department\'s own line is not boilerplate', async () => {
    const r = await ok(cached(['explain', 'x.edu/own', '--in', dir, '-f', 'json']));
    expect((JSON.parse(r.stdout) as DutyJson).generic).toBeUndefined();
    expect((await ok(cached(['explain', 'x.edu/own', '--in', dir]))).stdout).not.toContain('boilerplate');
  });
});
