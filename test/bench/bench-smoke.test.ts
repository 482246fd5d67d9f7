import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { OVERLAP_CLASSES, generateCatalogue, type GroundTruth } from '../../bench/generate.js';
import { ROOT } from '../helpers.js';

interface Quality { planted: number; reported: number; found: number; recall: number; precision: number }

/**
 * `npm run bench` at 10k duties: it runs end to end, and the ground truth it scores against
 * is consistent with the files. Recall and precision are the matcher's business (they move
 * whenever matching changes): only their sanity is checked here.
 */
describe('bench smoke run (10k duties)', () => {
  const out = mkdtempSync(join(tmpdir(), 'duty-lint-bench-smoke-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('prints one JSON summary with the figures of the issue, scored per rule and per overlap class', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'bench', 'run.js'), '--duties', '10000', '--out', out, '--no-naive', '--formats', 'markdown,csv,html'], {
      encoding: 'utf8', maxBuffer: 1 << 26,
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const summary = JSON.parse(lines[lines.length - 1]!) as Record<string, number> & {
      totalMsRuns: number[]; parseFloorMsRuns: number[]; cpuMs: number; parseFloorCpuMs: number; cpuRatio: number;
      byRule: Record<string, Quality>; overlapClasses: Record<string, Quality>;
      overlapFalsePositives: { boilerplate: number; divided: number; other: number };
      genericFindingsByRule: Record<string, number>;
      formatMs: Record<string, number>;
    };
    // --formats times each report after the JSON one.
    expect(Object.keys(summary.formatMs)).toEqual(['markdown', 'csv', 'html']);
    for (const ms of Object.values(summary.formatMs)) expect(ms).toBeGreaterThan(0);
    for (const key of ['duties', 'files', 'totalMs', 'peakRssMB', 'parseFloorMs', 'recall', 'precision', 'overlapRecall', 'overlapPrecision',
      'cacheRatio', 'cacheProvinceRatio', 'genericDuties', 'genericFindings']) {
      expect(summary[key], key).toBeTypeOf('number');
    }
    // A lint does more work than reading and parsing alone, whichever thread does it.
    expect(summary.cpuMs).toBeGreaterThan(summary.parseFloorCpuMs);
    expect(summary.cpuRatio).toBeCloseTo(summary.cpuMs / summary.parseFloorCpuMs, 1);
    // Three alternating runs by default; the median is the one reported.
    expect(summary.runs).toBe(3);
    expect(summary.totalMsRuns).toHaveLength(3);
    expect([...summary.totalMsRuns].sort((a, b) => a - b)[1]).toBe(summary.totalMs);
    expect([...summary.parseFloorMsRuns].sort((a, b) => a - b)[1]).toBe(summary.parseFloorMs);
    expect(summary.duties).toBeGreaterThan(9000);
    expect(summary.duties).toBeLessThan(11500);

    // Quality figures: rates in [0, 1], found within planted and reported.
    const sane = (label: string, q: Quality) => {
      expect(q.found, label).toBeLessThanOrEqual(q.planted);
      expect(q.found, label).toBeLessThanOrEqual(q.reported);
      for (const x of [q.recall, q.precision]) {
        expect(x, label).toBeGreaterThanOrEqual(0);
        expect(x, label).toBeLessThanOrEqual(1);
      }
    };
    expect(Object.keys(summary.byRule)).toEqual(['overlap', 'mandate-gap', 'orphan-duty', 'unfounded-duty', 'misplaced-duty']);
    for (const [rule, q] of Object.entries(summary.byRule)) sane(rule, q);
    expect(summary.byRule['misplaced-duty']!.planted).toBe(0);
    expect(summary.overlapRecall).toBe(Math.round(summary.byRule.overlap!.recall * 1e4) / 1e4);
    // Every class planted, and the classes add up to the planted overlaps.
    expect(Object.keys(summary.overlapClasses)).toEqual([...OVERLAP_CLASSES]);
    for (const [cls, q] of Object.entries(summary.overlapClasses)) {
      sane(cls, q);
      expect(q.planted, cls).toBeGreaterThan(0);
    }
    expect(Object.values(summary.overlapClasses).reduce((n, q) => n + q.planted, 0)).toBe(summary.byRule.overlap!.planted);
    expect(Object.values(summary.overlapClasses).reduce((n, q) => n + q.found, 0)).toBe(summary.byRule.overlap!.found);
    const fp = summary.overlapFalsePositives;
    expect(fp.boilerplate + fp.divided + fp.other).toBe(summary.byRule.overlap!.reported - summary.byRule.overlap!.found);
    expect(summary.genericDuties).toBeGreaterThan(500);
    expect(Object.values(summary.genericFindingsByRule).reduce((a, b) => a + b, 0)).toBe(summary.genericFindings);

    // Per-stage times, classes and boilerplate are printed for people on stderr.
    expect(r.stderr).toMatch(/parse floor/);
    expect(r.stderr).toMatch(/rule:overlap/);
    expect(r.stderr).toMatch(/planted: \d+ overlaps \(different-verbs \d+, short-vs-long \d+, abbreviation \d+, partial \d+\)/);
    for (const cls of OVERLAP_CLASSES) expect(r.stderr).toMatch(new RegExp(`^ {4}${cls} +planted +\\d+ +found +\\d+`, 'm'));
    expect(r.stderr).toMatch(/^generic findings: \d+/m);
    // Both warm --cache runs were incremental, and gave the report of a run without the cache.
    expect(r.stderr.match(/re-linted \d+ of \d+ files, report identical to a run without the cache/g)).toHaveLength(2);
  });
});

/** The generator: the ground truth names what the files hold, and the same options write the same bytes. */
describe('bench generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-bench-gen-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  interface Doc {
    kind: string; id: string; jurisdiction?: string; counterparts?: string[];
    duties?: Array<{ id: string; title: string; detail?: string; role?: string; lead?: string; mandate?: string[]; basis?: string[]; status?: string }>;
    parties?: Array<{ department: string; duties?: string[] }>;
  }

  function read(root: string) {
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml')).sort();
    const departments = new Map<string, Doc>();
    const duties = new Map<string, NonNullable<Doc['duties']>[number] & { department: Doc }>();
    const divisions: Doc[] = [];
    for (const f of files) {
      for (const doc of yaml.loadAll(readFileSync(join(root, f), 'utf8')) as Doc[]) {
        if (doc.kind === 'division') divisions.push(doc);
        if (doc.kind !== 'department') continue;
        departments.set(doc.id, doc);
        for (const d of doc.duties ?? []) duties.set(`${doc.id}/${d.id}`, { ...d, department: doc });
      }
    }
    return { files, departments, duties, divisions };
  }

  it('writes a ground truth whose every reference exists, with every class planted', () => {
    const root = join(dir, 'gt');
    const written = generateCatalogue({ duties: 10_000, seed: 1, outDir: root });
    const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as GroundTruth;
    expect(truth).toEqual(JSON.parse(JSON.stringify(written)));
    const { files, departments, duties, divisions } = read(root);
    expect(truth.files).toBe(files.length);
    expect(truth.departments).toBe(departments.size);
    expect(truth.duties).toBe(duties.size);
    const jurisdictions = new Set([...departments.values()].map((d) => d.jurisdiction));
    expect(truth.jurisdictions).toBe(jurisdictions.size);
    const dutyOf = (ref: string) => {
      const d = duties.get(ref);
      expect(d, ref).toBeDefined();
      return d!;
    };

    // Overlaps: two active duties of two departments of one government, each class at least once.
    expect(truth.overlapClasses).toHaveLength(truth.overlaps.length);
    for (const cls of OVERLAP_CLASSES) expect(truth.overlapClasses!.filter((c) => c === cls).length, cls).toBeGreaterThan(0);
    const plantedRefs = new Set<string>();
    for (const [a, b] of [...truth.overlaps, ...truth.resolved!]) {
      expect(a < b).toBe(true);
      const x = dutyOf(a), y = dutyOf(b);
      expect(x.department.id).not.toBe(y.department.id);
      expect(x.department.jurisdiction).toBe(y.department.jurisdiction);
      for (const d of [x, y]) expect(d.status ?? 'active').toBe('active');
      plantedRefs.add(a).add(b);
    }
    expect(plantedRefs.size).toBe(2 * (truth.overlaps.length + truth.resolved!.length));
    // Each divided pair is named by a division of its government.
    for (const [a, b] of truth.resolved!) {
      const named = divisions.some((v) => v.parties!.every((p) => [a, b].some((ref) => ref === `${p.department}/${p.duties?.[0]}`)));
      expect(named, `${a} ${b}`).toBe(true);
    }
    // short-vs-long: one side's detail lists the other's object among several items; partial: one side's title does.
    const sharesRun = (x: string, y: string) => {
      for (let i = 0; i + 4 <= x.length; i++) if (y.includes(x.slice(i, i + 4))) return true;
      return false;
    };
    truth.overlaps.forEach(([a, b], i) => {
      const cls = truth.overlapClasses![i];
      if (cls !== 'short-vs-long' && cls !== 'partial') return;
      const listed = (d: ReturnType<typeof dutyOf>) => (cls === 'partial' ? d.title : d.detail ?? '');
      const lists = (x: ReturnType<typeof dutyOf>, y: ReturnType<typeof dutyOf>) => /[、和]/.test(listed(y)) && sharesRun(x.title, listed(y));
      const x = dutyOf(a), y = dutyOf(b);
      expect(lists(x, y) || lists(y, x), `${x.title} / ${listed(y)}`).toBe(true);
    });

    // Gaps: an upper duty, and a lower government whose departments implement its department.
    for (const g of truth.gaps) {
      const upper = dutyOf(g.upper);
      const below = [...departments.values()].filter((d) => d.jurisdiction === g.jurisdiction && d.counterparts?.includes(upper.department.id));
      expect(below.length, g.upper).toBeGreaterThan(0);
    }
    // Orphans are support duties without a lead; unfounded duties have neither basis nor mandate, below a counterpart.
    for (const ref of truth.orphans) {
      expect(dutyOf(ref).role).toBe('support');
      expect(dutyOf(ref).lead).toBeUndefined();
    }
    for (const ref of truth.unfounded) {
      const d = dutyOf(ref);
      expect(d.basis).toBeUndefined();
      expect(d.mandate).toBeUndefined();
      expect(d.department.counterparts?.length).toBeGreaterThan(0);
    }

    // Boilerplate: in most departments, at every level, never planted, never with a mandate.
    expect(truth.generic!.length).toBeGreaterThan(0);
    expect([...truth.generic!].sort()).toEqual(truth.generic);
    const withGeneric = new Set<string>();
    for (const ref of truth.generic!) {
      const d = dutyOf(ref);
      expect(plantedRefs.has(ref) || truth.orphans.includes(ref) || truth.unfounded.includes(ref), ref).toBe(false);
      expect(d.mandate).toBeUndefined();
      withGeneric.add(d.department.id);
    }
    expect(withGeneric.size / departments.size).toBeGreaterThan(0.8);
    expect(new Set([...withGeneric].map((id) => departments.get(id)!.jurisdiction)).size).toBe(jurisdictions.size);
    const titles = truth.generic!.map((ref) => dutyOf(ref).title);
    for (const phrase of ['交办的其他', '安全生产', '党风廉政', '政务公开', '职能转变。', '集中统一领导']) {
      expect(titles.some((t) => t.includes(phrase)), phrase).toBe(true);
    }

    // Explicit mandates name an existing duty of a counterpart.
    for (const [ref, d] of duties) {
      for (const m of d.mandate ?? []) {
        const upper = dutyOf(m);
        expect(d.department.counterparts, ref).toContain(upper.department.id);
      }
    }
    expect(truth.vertical!.narrowed).toBeGreaterThan(0);
    expect(truth.vertical!.abbreviated).toBeGreaterThan(0);
  });

  it('writes byte-identical catalogues for the same options', () => {
    const digest = (root: string) => {
      const h = createHash('sha256');
      for (const f of (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.includes('.')).sort()) {
        h.update(f).update('\0').update(readFileSync(join(root, f))).update('\0');
      }
      return h.digest('hex');
    };
    generateCatalogue({ duties: 4000, seed: 11, outDir: join(dir, 'a') });
    generateCatalogue({ duties: 4000, seed: 11, outDir: join(dir, 'b') });
    generateCatalogue({ duties: 4000, seed: 12, outDir: join(dir, 'c') });
    expect(digest(join(dir, 'a'))).toBe(digest(join(dir, 'b')));
    expect(digest(join(dir, 'a'))).not.toBe(digest(join(dir, 'c')));
  });
});
