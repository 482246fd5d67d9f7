/**
 * `npm run bench [-- --duties N] [--seed S] [--runs R] [--no-naive] [--no-cache-run] [--out DIR]`
 *
 * Generates (once, then reuses) a seeded synthetic catalogue of N duties, lints it in a
 * fresh process as `duty-lint DIR --format json` would, and prints per-stage wall times,
 * peak RSS, recall and precision on the planted findings, the parse floor (read + js-yaml
 * parse on 2 threads) and the naive all-pairs overlap time at 10k duties. The last line is
 * one JSON object with all of it. The floor and the lint run R times, alternating, and the
 * medians are reported: on a shared VM single runs vary by a fifth or more.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { ABBREVIATION_TABLE_HASH, GENERATOR_VERSION, OVERLAP_CLASSES, generateCatalogue, type GroundTruth } from './generate.js';
import { CACHE_DIR } from '../src/engine/lint.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');

interface ChildResult {
  totalMs: number;
  stages: Array<{ stage: string; ms: number; within?: string; beside?: boolean }>;
  peakRssMB: number;
  /** CPU time of the whole process (bench/cpu.ts). */
  cpuMs: number;
  files: number;
  duties: number;
  matchStats: { candidates: number; comparisons: number; capped: number };
  /** With the cache: files re-linted, when the run was incremental. */
  relinted?: number;
  /** Time to render and write each of --formats, after the JSON report. */
  formatMs: Record<string, number>;
}

interface Report {
  findings: Array<{ rule: string; severity: string; duty?: string; department?: string; related?: Array<{ duty?: string }> }>;
}

/** Rules scored against the ground truth (misplaced-duty: none planted, each one a false positive). */
type ScoredRule = 'overlap' | 'mandate-gap' | 'orphan-duty' | 'unfounded-duty' | 'misplaced-duty';

const program = new Command('bench')
  .option('--duties <n>', 'duties in the synthetic catalogue', '100000')
  .option('--seed <n>', 'generator seed', '1')
  .option('--out <dir>', 'where generated catalogues are kept', join(repo, 'bench', 'out'))
  .option('--runs <n>', 'floor and lint runs, alternating; medians are reported', '3')
  .option('--no-naive', 'skip the naive all-pairs reference at 10k duties')
  .option('--no-cache-run', 'skip the --cache cold/warm measurement')
  .option('--formats <list>', 'report formats to render after each lint, timed (e.g. markdown,csv,html)', '')
  .parse();
const opts = program.opts<{ duties: string; seed: string; runs: string; out: string; naive: boolean; cacheRun: boolean; formats: string }>();
const formatArgs = opts.formats ? ['--formats', opts.formats] : [];
const duties = Number(opts.duties);
const seed = Number(opts.seed);

const dir = join(opts.out, `catalogue-${duties}-seed${seed}`);
let truth: GroundTruth | null = null;
const genStart = performance.now();
if (existsSync(join(dir, 'ground-truth.json'))) {
  // A catalogue written by another version of the generator, or with another abbreviation table, is written again.
  const old = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as GroundTruth;
  if (old.generator === GENERATOR_VERSION && old.abbreviationTable === ABBREVIATION_TABLE_HASH) truth = old;
}
if (truth) {
  log(`catalogue: ${dir} (reused)`);
} else {
  truth = generateCatalogue({ duties, seed, outDir: dir });
  log(`catalogue: ${dir} (generated in ${ms(performance.now() - genStart)})`);
}
log(`${truth.duties} duties, ${truth.files} files, ${truth.departments} departments, ${truth.jurisdictions} jurisdictions; ` +
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
{
  const classes = classesOf(truth);
  const counts = OVERLAP_CLASSES.map((c) => `${c} ${classes.filter((x) => x === c).length}`).join(', ');
  const v = truth.vertical;
  log(`planted: ${truth.overlaps.length} overlaps (${counts}), ${truth.resolved?.length ?? 0} divided pairs, ${truth.gaps.length} gaps, ` +
    `${truth.orphans.length} orphans, ${truth.unfounded.length} unfounded; ${truth.generic?.length ?? 0} boilerplate duties` +
    (v ? `; ${v.lower} lower duties restate their counterpart's (${v.narrowed} narrowed to part of the subject, ${v.abbreviated} abbreviated)` : ''));
}

// Children run with node's default heap, as `duty-lint` does.
const node = process.execPath;
const work = mkdtempSync(join(tmpdir(), 'duty-lint-bench-'));

const reportFile = join(work, 'report.json');
const floors: Array<{ ms: number; cpuMs: number }> = [];
const runs: ChildResult[] = [];
for (let i = 0; i < Math.max(1, Number(opts.runs)); i++) {
  floors.push(JSON.parse(execFileSync(node, [join(here, 'parse-floor.js'), dir], { encoding: 'utf8' })) as { ms: number; cpuMs: number });
  runs.push(JSON.parse(execFileSync(node, [join(here, 'lint-child.js'), dir, reportFile, ...formatArgs], { encoding: 'utf8', maxBuffer: 1 << 26 })) as ChildResult);
}
// The run of median total time is the one shown; every run gives the same report.
const run = [...runs].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(runs.length / 2)]!;
const floor = { ms: median(floors.map((f) => f.ms)), cpuMs: median(floors.map((f) => f.cpuMs)) };
const cpuMs = median(runs.map((r) => r.cpuMs));
const peakRssMB = Math.max(...runs.map((r) => r.peakRssMB));
const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
const quality = score(report, truth);

log('');
log(`${'stage'.padEnd(36)}      wall`);
for (const s of run.stages) {
  const label = s.within ? `  ${s.stage.slice(s.within.length + 1)} (${s.beside ? 'second thread' : 'summed over threads'})` : s.stage;
  log(`  ${label.padEnd(34)} ${ms(s.ms).padStart(10)}`);
}
log(`  ${'total (lint + report)'.padEnd(34)} ${ms(run.totalMs).padStart(10)}`);
log(`  ${'parse floor (2 threads)'.padEnd(34)} ${ms(floor.ms).padStart(10)}   ratio ${(run.totalMs / floor.ms).toFixed(2)}×`);
if (runs.length > 1) log(`medians of ${runs.length} runs: lint ${runs.map((r) => ms(r.totalMs)).join(', ')}; floor ${floors.map((f) => ms(f.ms)).join(', ')}`);
if (formatArgs.length > 0) {
  const names = Object.keys(run.formatMs);
  const each = names.map((n) => `${n} ${ms(median(runs.map((r) => r.formatMs[n]!)))}`).join(', ');
  const sum = median(runs.map((r) => Object.values(r.formatMs).reduce((s, x) => s + x, 0)));
  log(`reports besides JSON (medians): ${each}; together ${ms(sum)}`);
}
log(`CPU of the whole processes (user + system, every thread, start-up included): lint ${ms(cpuMs)}, floor ${ms(floor.cpuMs)}, ` +
  `ratio ${(cpuMs / floor.cpuMs).toFixed(2)}×`);
log(`peak RSS ${peakRssMB.toFixed(0)} MB; similarity: ${run.matchStats.candidates} candidates, ${run.matchStats.comparisons} comparisons, ${run.matchStats.capped} capped`);
const qualityLine = (label: string, q: Quality) =>
  `${label.padEnd(18)} planted ${String(q.planted).padStart(5)}  found ${String(q.found).padStart(5)}  reported ${String(q.reported).padStart(5)}  recall ${q.recall.toFixed(3)}  precision ${q.precision.toFixed(3)}`;
for (const [rule, q] of Object.entries(quality.byRule)) {
  log(`  ${qualityLine(rule, q)}`);
  if (rule !== 'overlap') continue;
  for (const [cls, cq] of Object.entries(quality.overlapClasses)) log(`    ${qualityLine(cls, cq)}`);
  const fp = quality.overlapFalsePositives;
  log(`    unplanted pairs reported: ${fp.boilerplate + fp.divided + fp.other} (boilerplate ${fp.boilerplate}, divided ${fp.divided}, other ${fp.other})`);
}
log(`generic findings: ${quality.genericFindings} (each a false positive, on ${truth.generic?.length ?? 0} boilerplate duties)` +
  (quality.genericFindings ? `: ${Object.entries(quality.genericFindingsByRule).map(([rule, n]) => `${rule} ${n}`).join(', ')}` : ''));

let cache: ReturnType<typeof measureCache> | undefined;
if (opts.cacheRun) cache = measureCache();

let naiveAllPairs10kMs: number | undefined;
if (opts.naive) {
  naiveAllPairs10kMs = (JSON.parse(execFileSync(node, [join(here, 'naive-child.js'), dir, '10000'], { encoding: 'utf8' })) as { ms: number }).ms;
  log(`naive all-pairs overlap at 10k duties: ${ms(naiveAllPairs10kMs)}`);
}
rmSync(work, { recursive: true, force: true });

const summary = {
  duties: run.duties,
  files: run.files,
  totalMs: round(run.totalMs),
  peakRssMB: round(peakRssMB),
  parseFloorMs: round(floor.ms),
  runs: runs.length,
  totalMsRuns: runs.map((r) => round(r.totalMs)),
  parseFloorMsRuns: floors.map((f) => round(f.ms)),
  floorRatio: round(run.totalMs / floor.ms),
  cpuMs: round(cpuMs),
  parseFloorCpuMs: round(floor.cpuMs),
  cpuRatio: round(cpuMs / floor.cpuMs, 2),
  recall: round(quality.recall, 4),
  precision: round(quality.precision, 4),
  overlapRecall: round(quality.byRule.overlap!.recall, 4),
  overlapPrecision: round(quality.byRule.overlap!.precision, 4),
  overlapClasses: quality.overlapClasses,
  overlapFalsePositives: quality.overlapFalsePositives,
  genericDuties: truth.generic?.length ?? 0,
  genericFindings: quality.genericFindings,
  genericFindingsByRule: quality.genericFindingsByRule,
  stages: Object.fromEntries(run.stages.map((s) => [s.stage, round(s.ms)])),
  comparisons: run.matchStats.comparisons,
  ...(formatArgs.length > 0 ? { formatMs: Object.fromEntries(Object.keys(run.formatMs).map((n) => [n, round(median(runs.map((r) => r.formatMs[n]!)))])) } : {}),
  ...(naiveAllPairs10kMs !== undefined ? { naiveAllPairs10kMs: round(naiveAllPairs10kMs) } : {}),
  ...(cache ? {
    cacheColdMs: round(cache.coldMs), cacheWarmMs: round(cache.warmMs), cacheRatio: round(cache.ratio, 3),
    cacheWarmProvinceMs: round(cache.provinceMs), cacheProvinceRatio: round(cache.provinceMs / cache.coldMs, 3),
  } : {}),
  byRule: quality.byRule,
};
process.stdout.write(JSON.stringify(summary) + '\n');

/**
 * Cold runs with --cache into an empty cache, then warm runs after rewording a duty: in a
 * county's file (most files are counties') and in the province's (every city reads it).
 * As many of each as --runs, medians reported (a single cold run varies by a fifth); each
 * warm run follows an edit of its own. The last warm report of each kind is checked against
 * a run without the cache.
 */
function measureCache() {
  const copy = join(work, 'catalogue');
  execFileSync('cp', ['-rp', dir, copy]);
  const child = (cache: boolean) => JSON.parse(execFileSync(node, [join(here, 'lint-child.js'), copy, join(work, cache ? 'cached.json' : 'plain.json'), ...(cache ? ['cache'] : [])], { encoding: 'utf8', maxBuffer: 1 << 26 })) as ChildResult;
  const runs = Math.max(1, Number(opts.runs));
  const colds = Array.from({ length: runs }, () => {
    rmSync(join(copy, CACHE_DIR), { recursive: true, force: true });
    return child(true).totalMs;
  });
  const coldMs = median(colds);
  log(`cache: cold ${ms(coldMs)} (${colds.map(ms).join(', ')})`);
  const files = (readdirSync(copy, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml')).sort();
  const depth = (n: number) => files.filter((f) => f.split('/').length === n);
  const warm = (file: string) => {
    const path = join(copy, file);
    const edit = (k: number) => {
      const text = readFileSync(path, 'utf8');
      // A duty's title ([0] is the 三定 source's), reworded as an editor would.
      const m = [...text.matchAll(/title: "([^"]*)"/g)][1 + k]!;
      writeFileSync(path, text.slice(0, m.index) + `title: "${m[1]}，加强监督检查"` + text.slice(m.index + m[0].length));
      return child(true);
    };
    const warms = Array.from({ length: runs }, (_, k) => edit(k));
    const cached = readFileSync(join(work, 'cached.json'), 'utf8');
    child(false);
    const same = cached === readFileSync(join(work, 'plain.json'), 'utf8');
    const warmMs = median(warms.map((r) => r.totalMs));
    const last = warms.at(-1)!;
    log(`cache: warm after rewording a duty of ${file}: ${ms(warmMs)} (${(warmMs / coldMs * 100).toFixed(0)}% of cold; ${warms.map((r) => ms(r.totalMs)).join(', ')}), re-linted ${last.relinted ?? last.files} of ${last.files} files, report ${same ? 'identical to' : 'DIFFERENT FROM'} a run without the cache`);
    if (!same) throw new Error('the cached report differs from a run without the cache');
    if (warms.some((r) => r.relinted === undefined)) throw new Error('a warm run linted everything');
    return warmMs;
  };
  const countyMs = warm(depth(4)[Math.floor(depth(4).length / 2)] ?? files[0]!);
  const provinceMs = warm(depth(2)[0] ?? files[0]!);
  return { coldMs, warmMs: countyMs, ratio: countyMs / coldMs, provinceMs };
}

interface Quality { planted: number; reported: number; found: number; recall: number; precision: number }

/** Overlap classes parallel to `overlaps` (catalogues without them are all paraphrases). */
function classesOf(gt: GroundTruth): string[] {
  return gt.overlaps.map((_, i) => gt.overlapClasses?.[i] ?? 'different-verbs');
}

function rates(planted: number, reported: number, found: number): Quality {
  return { planted, reported, found, recall: planted ? found / planted : 1, precision: reported ? found / reported : 1 };
}

/**
 * Recall and precision of each scored rule against the planted findings; of each overlap
 * class (recall: its planted pairs reported; precision: of the reported pairs that involve a
 * duty of its planted pairs, those that are planted pairs); the unplanted overlap pairs by
 * cause; and the findings that name a boilerplate duty (as `duty` or `related`), every one
 * of them a false positive.
 */
function score(rep: Report, gt: GroundTruth) {
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const sets: Record<ScoredRule, { planted: Set<string>; reported: Set<string> }> = {
    overlap: { planted: new Set(gt.overlaps.map(([a, b]) => pairKey(a, b))), reported: new Set<string>() },
    'mandate-gap': { planted: new Set(gt.gaps.map((g) => `${g.upper}|${g.jurisdiction}`)), reported: new Set<string>() },
    'orphan-duty': { planted: new Set(gt.orphans), reported: new Set<string>() },
    'unfounded-duty': { planted: new Set(gt.unfounded), reported: new Set<string>() },
    'misplaced-duty': { planted: new Set<string>(), reported: new Set<string>() },
  };
  const generic = new Set(gt.generic ?? []);
  const genericFindingsByRule: Record<string, number> = {};
  let genericFindings = 0;
  for (const f of rep.findings) {
    if (f.duty !== undefined && generic.has(f.duty) || f.related?.some((x) => x.duty !== undefined && generic.has(x.duty))) {
      genericFindings++;
      genericFindingsByRule[f.rule] = (genericFindingsByRule[f.rule] ?? 0) + 1;
    }
    if (f.severity === 'info') continue; // a divided overlap is settled, not a problem
    if ((f.rule === 'overlap' || f.rule === 'multiple-leads') && f.duty && f.related?.[0]?.duty) {
      sets.overlap.reported.add(pairKey(f.duty, f.related[0].duty));
    } else if (f.rule === 'mandate-gap' && f.duty && f.department) {
      sets['mandate-gap'].reported.add(`${f.duty}|${f.department.slice(0, f.department.lastIndexOf('.'))}`);
    } else if ((f.rule === 'orphan-duty' || f.rule === 'unfounded-duty' || f.rule === 'misplaced-duty') && f.duty) {
      sets[f.rule].reported.add(f.duty);
    }
  }
  const byRule: Record<string, Quality> = {};
  let planted = 0, reported = 0, found = 0;
  for (const [rule, s] of Object.entries(sets)) {
    const hit = [...s.reported].filter((k) => s.planted.has(k)).length;
    byRule[rule] = rates(s.planted.size, s.reported.size, hit);
    planted += s.planted.size;
    reported += s.reported.size;
    found += hit;
  }

  // Overlaps by class.
  const classes = classesOf(gt);
  const classOfPair = new Map<string, string>();
  const classesOfDuty = new Map<string, Set<string>>();
  gt.overlaps.forEach(([a, b], i) => {
    const cls = classes[i]!;
    classOfPair.set(pairKey(a, b), cls);
    for (const d of [a, b]) classesOfDuty.set(d, (classesOfDuty.get(d) ?? new Set<string>()).add(cls));
  });
  const divided = new Set((gt.resolved ?? []).map(([a, b]) => pairKey(a, b)));
  const touched = new Map<string, number>();
  const hits = new Map<string, number>();
  const overlapFalsePositives = { boilerplate: 0, divided: 0, other: 0 };
  for (const key of sets.overlap.reported) {
    const cls = classOfPair.get(key);
    const [a, b] = key.split('|') as [string, string];
    const involved = new Set([...(classesOfDuty.get(a) ?? []), ...(classesOfDuty.get(b) ?? [])]);
    for (const c of involved) touched.set(c, (touched.get(c) ?? 0) + 1);
    if (cls) hits.set(cls, (hits.get(cls) ?? 0) + 1);
    else if (generic.has(a) || generic.has(b)) overlapFalsePositives.boilerplate++;
    else if (divided.has(key)) overlapFalsePositives.divided++;
    else overlapFalsePositives.other++;
  }
  const overlapClasses: Record<string, Quality> = {};
  for (const cls of OVERLAP_CLASSES) {
    overlapClasses[cls] = rates(classes.filter((c) => c === cls).length, touched.get(cls) ?? 0, hits.get(cls) ?? 0);
  }
  return {
    byRule, recall: planted ? found / planted : 1, precision: reported ? found / reported : 1,
    overlapClasses, overlapFalsePositives, genericFindings, genericFindingsByRule,
  };
}

function log(line: string) {
  process.stderr.write(line + '\n');
}
function ms(x: number) {
  return x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`;
}
function round(x: number, digits = 1) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
