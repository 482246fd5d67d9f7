import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../bench/generate.js';
import type { Finding } from '../../src/types.js';
import { EXAMPLE, runCli } from '../helpers.js';

/**
 * An incremental `--cache` run re-lints only what an edit can affect and reuses the rest's
 * findings: after every kind of edit, its report must be byte for byte a cold run's.
 */
describe('--cache after an edit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-incremental-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Lints with the cache and without, expects the same report, and says how much the cached run re-linted. */
  function relint(catalogue: string): number | 'whole' {
    const warm = runCli([catalogue, '--format', 'json', '--cache', '--stats']);
    const plain = runCli([catalogue, '--format', 'json']);
    expect(warm.stdout).toBe(plain.stdout);
    expect(warm.code).toBe(plain.code);
    const m = /re-linted (\d+) of (\d+) files/.exec(warm.stderr);
    return m ? Number(m[1]) : 'whole';
  }

  function edit(file: string, change: (text: string) => string): void {
    const before = readFileSync(file, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
  }

  /** The n-th duty title of a file (quoted or not) replaced by `title`. */
  const retitle = (n: number, title: (old: string) => string) => (text: string) => {
    const m = [...text.matchAll(/title: "?([^"\n]*)"?\n/g)][n + 1]!; // [0] is the 三定 source's title
    return text.slice(0, m.index) + `title: "${title(m[1]!)}"\n` + text.slice(m.index + m[0].length);
  };

  it('matches a cold run after each edit on a generated catalogue, re-linting a part where it can', () => {
    const catalogue = join(dir, 'generated');
    const report = () => JSON.parse(runCli([catalogue, '--format', 'json']).stdout) as { findings: Finding[] };
    generateCatalogue({ duties: 3000, seed: 7, outDir: catalogue });
    const files = (readdirSync(catalogue, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml')).sort();
    const total = files.length;
    const county = join(catalogue, files.find((f) => f.split('/').length === 4)!);
    const province = join(catalogue, files.find((f) => f.split('/').length === 2)!);

    expect(relint(catalogue)).toBe('whole'); // cold
    expect(relint(catalogue)).toBe(0); // nothing changed

    appendFileSync(county, '# reviewed\n');
    // The county and the governments it reads; nothing reads a county.
    const comment = relint(catalogue);
    expect(comment).toBeGreaterThan(0);
    expect(comment).toBeLessThan(total);

    edit(county, retitle(1, (t) => `${t}，加强监督检查`));
    expect(relint(catalogue)).not.toBe('whole');

    // A province's duty reworded into one nobody below holds: every government below that
    // implements the department now has a gap, found in the lower governments' own scopes.
    const gaps = () => report().findings.filter((f) => f.rule === 'mandate-gap').length;
    const gapsBefore = gaps();
    edit(province, retitle(2, () => '负责全省深海探测装备研发试验的统筹协调'));
    expect(relint(catalogue)).not.toBe('whole');
    expect(gaps()).toBeGreaterThan(gapsBefore);

    // A term used by more departments in one county weighs less everywhere: an overlap found
    // in another county, which reads nothing of the first, changes its score. The overlap is
    // one whose score moves with the weights (not one at a cap: 1, or 0.75 for a title the
    // other text holds whole on enough weight). Two departments use the term, in clauses of
    // their own (and not in files with divisions): a clause three carry may be a frame, and a
    // new frame changes every text's terms (--cache then re-lints all).
    type Explained = { overlap: { by: string; containedWeight: number }; terms: Array<{ term: string; weight: number; a?: string; b?: string }> };
    const explained = report().findings.filter((f) => f.rule === 'overlap' && f.file.split('/').length === 4).map((f) => ({
      f, e: JSON.parse(runCli(['explain', f.duty!, f.related![0]!.duty!, '--in', catalogue, '--format', 'json']).stdout) as Explained,
    }));
    const { f: overlap, e } = explained.find(({ e }) => e.overlap.by !== 'contained' || e.overlap.containedWeight < 0.9)!;
    const place = overlap.file.split('/').slice(0, 3).join('/');
    const other = files.find((f) => f.split('/').length === 4 && !f.startsWith(place))!.split('/').slice(0, 3).join('/');
    const term = e.terms.filter((t) => t.a && t.b).sort((x, y) => y.weight - x.weight)[0]!.term;
    const departmentFiles = files.filter((f) => f.startsWith(`${other}/`) && existsSync(join(catalogue, f)) &&
      !readFileSync(join(catalogue, f), 'utf8').includes('kind: division'));
    departmentFiles.slice(0, 2).forEach((f, k) => {
      edit(join(catalogue, f), (t) => t.replace(/title: "([^"]*)"/g, (_, x: string) => `title: "${x}，${k === 0 ? '' : '推进'}${term}"`));
    });
    expect(relint(catalogue)).not.toBe('whole');
    const now = report().findings.find((f) => f.fingerprint === overlap.fingerprint);
    expect(now?.score).not.toBe(overlap.score);

    // Edits that change which ids exist are linted whole.
    edit(county, (t) => `${t}  - id: added-duty\n    title: "负责全区新增职责的组织实施"\n`);
    expect(relint(catalogue)).toBe('whole');
    rmSync(county);
    expect(relint(catalogue)).toBe('whole');
    expect(relint(catalogue)).toBe(0);
  }, 240_000); // some twenty lints of 3,000 duties, one after another: 25 s alone, 100 s beside other tests on two cores

  it('matches a cold run on the example, whose divisions and ignore entries an edit can meet', () => {
    const catalogue = join(dir, 'zhenjiang');
    cpSync(EXAMPLE, catalogue, { recursive: true });
    expect(relint(catalogue)).toBe('whole');

    edit(join(catalogue, 'zj', 'rz', 'amr.yaml'), retitle(0, (t) => `${t}和食品安全宣传`));
    expect(relint(catalogue)).not.toBe('whole');
    // The city's duty the district's homestead duty implements, reworded into one nobody in
    // the district holds: a gap and an unfounded duty, both in the district's scope.
    edit(join(catalogue, 'zj', 'agri.yaml'), retitle(3, () => '负责全市深海探测装备研发试验的统筹协调'));
    expect(relint(catalogue)).not.toBe('whole');
    const found = (JSON.parse(runCli([catalogue, '--format', 'json']).stdout) as { findings: Finding[] }).findings;
    expect(found.filter((f) => f.file === 'zj/rz/agri.yaml').map((f) => f.rule)).toEqual(expect.arrayContaining(['mandate-gap', 'unfounded-duty']));

    // The city stops asking the district to carry a duty: the district's gap goes, though
    // no text changed and the district's files did not either.
    const gap = () => (JSON.parse(runCli([catalogue, '--format', 'json']).stdout) as { findings: Finding[] }).findings
      .some((f) => f.rule === 'mandate-gap' && f.duty === 'zj.env/construction-dust');
    expect(gap()).toBe(true);
    edit(join(catalogue, 'zj', 'env.yaml'), (t) => t.replace('  - id: construction-dust\n', '  - id: construction-dust\n    cascade: false\n'));
    expect(relint(catalogue)).not.toBe('whole');
    expect(gap()).toBe(false);

    // A division changes what other files' findings mean: linted whole.
    edit(join(catalogue, 'zj', 'rz', 'divisions.yaml'), (t) => t.replace('subject:', 'subject: 全区'));
    expect(relint(catalogue)).toBe('whole');
  });
});
