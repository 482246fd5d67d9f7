#!/usr/bin/env node
// `npm run accuracy`: scores the built CLI on labelled catalogues, per class.
//
//   node scripts/accuracy.mjs [--verbose] [--json] [DIR...]
//
// Default sets: the team's development set (../shared/devset, when this checkout sits beside
// it) and every folder of accuracy/ that has a labels.json. Labels are read as the dev set's
// scorer reads them (../shared/devset/README.md): `must` findings to report, `should`
// (counted, never failing), `must_not` findings, and `mapping` rows: the best higher-level
// duty the graph export gives a lower duty, or none. Exit 0 when every set meets every label.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'duty-lint.js');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
let sets = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
if (sets.length === 0) {
  const dev = resolve(root, '..', 'shared', 'devset');
  if (existsSync(join(dev, 'labels.json'))) sets.push(dev);
  const own = join(root, 'accuracy');
  if (existsSync(own)) {
    for (const name of readdirSync(own).sort()) if (existsSync(join(own, name, 'labels.json'))) sets.push(join(own, name));
  }
}

const SEVERITY = { info: 0, warn: 1, error: 2 };
const deptOf = (ref) => (ref ?? '').split('/')[0];

function run(argv, cwd) {
  const r = spawnSync(process.execPath, [cli, ...argv, '--format', 'json', '--no-color'], { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
  try {
    return { status: r.status, json: JSON.parse(r.stdout), stderr: r.stderr };
  } catch {
    return { status: r.status, json: null, stderr: r.stderr || r.stdout };
  }
}

/** The duties and departments a finding involves: its own and those in `related`. */
function involved(f) {
  const duties = new Set();
  const depts = new Set();
  for (const x of [f, ...(f.related ?? [])]) {
    if (x.duty) {
      duties.add(x.duty);
      depts.add(deptOf(x.duty));
    }
    if (x.department) depts.add(x.department);
  }
  return { duties, depts };
}

/** A label holds for a finding when every key it has agrees. */
function holds(label, f) {
  if (label.rule && f.rule !== label.rule) return false;
  if (label.rule_any && !label.rule_any.includes(f.rule)) return false;
  if (label.min_severity && (SEVERITY[f.severity] ?? -1) < SEVERITY[label.min_severity]) return false;
  if (label.file && !(f.file ?? '').endsWith(label.file)) return false;
  if (label.line && f.line !== label.line) return false;
  const { duties, depts } = involved(f);
  if (label.duty && !duties.has(label.duty)) return false;
  if (label.duties && !label.duties.every((d) => duties.has(d))) return false;
  if (label.department && !depts.has(label.department)) return false;
  if (label.departments && !label.departments.every((d) => depts.has(d))) return false;
  return true;
}

function score(dir) {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  const out = { set: relative(root, dir) || dir, classes: {}, problems: [], must: [0, 0], should: [0, 0], mustNot: [0, 0], mapping: [0, 0] };
  const cls = (name) => (out.classes[name] ??= { must: [0, 0], should: [0, 0], mustNot: [0, 0] });
  const lint = run([dir], dir);
  if (!lint.json) {
    out.problems.push(`no JSON report (exit ${lint.status}): ${String(lint.stderr).slice(0, 300)}`);
    return out;
  }
  if (labels.exit && !labels.exit.includes(lint.status)) out.problems.push(`exit ${lint.status}, expected ${labels.exit}`);
  const findings = lint.json.findings;
  for (const [kind, list] of [['must', labels.must], ['should', labels.should]]) {
    for (const label of list ?? []) {
      const found = findings.some((f) => holds(label, f));
      for (const t of [out[kind], cls(label.class ?? label.rule)[kind]]) {
        t[1]++;
        if (found) t[0]++;
      }
      if (!found && (kind === 'must' || verbose)) out.problems.push(`MISSED ${kind} ${JSON.stringify(label)}`);
    }
  }
  for (const label of labels.must_not ?? []) {
    const bad = findings.filter((f) => holds(label, f));
    for (const t of [out.mustNot, cls(label.class ?? label.rule).mustNot]) {
      t[1]++;
      if (bad.length) t[0]++;
    }
    if (bad.length) out.problems.push(`FALSE+ ${JSON.stringify(label)} <- ${bad.map((f) => `${f.rule} ${f.duty ?? ''}${f.score !== undefined ? `@${f.score}` : ''}`).join(' | ')}`);
  }
  if (labels.mapping?.length) {
    const graph = run(['graph', dir], dir).json;
    const duties = new Map();
    for (const d of graph?.departments ?? []) for (const du of d.duties) duties.set(du.ref, du);
    for (const row of labels.mapping) {
      const want = 'expect' in row ? row.expect : row.mandate;
      const best = [...(duties.get(row.duty)?.mandate ?? [])].sort((a, b) => (b.score ?? 2) - (a.score ?? 2))[0];
      out.mapping[1]++;
      if ((best?.ref ?? null) === (want ?? null)) out.mapping[0]++;
      else out.problems.push(`MAPPING ${row.duty} -> ${best ? `${best.ref}@${best.score ?? 'explicit'}` : 'none'}, expected ${want ?? 'none'}`);
    }
  }
  return out;
}

const results = sets.map(score);
if (asJson) {
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
} else {
  const frac = ([a, b]) => (b ? `${a}/${b}` : '-');
  for (const r of results) {
    console.log(`## ${r.set}`);
    for (const p of r.problems) console.log(`  ${p}`);
    console.log('\n| class | must found | should found | must_not reported |\n|---|---|---|---|');
    for (const [name, t] of Object.entries(r.classes).sort(([a], [b]) => (a < b ? -1 : 1))) {
      console.log(`| ${name} | ${frac(t.must)} | ${frac(t.should)} | ${frac(t.mustNot)} |`);
    }
    console.log(`\nmust ${frac(r.must)}, should ${frac(r.should)}, must_not reported ${frac(r.mustNot)}, mapping ${frac(r.mapping)}\n`);
  }
  console.log('| set | must found | must_not reported | boilerplate reported | mapping |\n|---|---|---|---|---|');
  for (const r of results) {
    const b = r.classes.boilerplate?.mustNot ?? [0, 0];
    console.log(`| ${r.set} | ${frac(r.must)} | ${frac(r.mustNot)} | ${frac(b)} | ${frac(r.mapping)} |`);
  }
}
const ok = results.every((r) => r.must[0] === r.must[1] && r.mustNot[0] === 0 && r.mapping[0] === r.mapping[1] && !r.problems.some((p) => !/^(MISSED|FALSE|MAPPING)/.test(p)));
process.exit(ok ? 0 : 1);
