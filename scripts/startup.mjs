#!/usr/bin/env node
// `npm run bench:startup`: how long the commands an editor or a hook calls take to start,
// against a bare `node -e 0`, measured side by side (alternating runs, medians).
//
//   node scripts/startup.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'duty-lint.js');
const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 21;
const TARGET = 1.3;

const cases = [
  ['node -e 0', ['-e', '0']],
  ['duty-lint --version', [cli, '--version']],
  ['duty-lint --help', [cli, '--help']],
  ['duty-lint rules', [cli, 'rules']],
  ['duty-lint rules --format json', [cli, 'rules', '--format', 'json']],
];
const times = cases.map(() => []);
for (let r = 0; r < runs; r++) {
  cases.forEach(([, args], i) => {
    const t = process.hrtime.bigint();
    const p = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    if (p.status !== 0) throw new Error(`${cases[i][0]} exited ${p.status}`);
    times[i].push(Number(process.hrtime.bigint() - t) / 1e6);
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const base = median(times[0]);
console.log(`medians of ${runs} alternating runs (target: within ${TARGET}× of node -e 0)`);
cases.forEach(([name], i) => {
  const m = median(times[i]);
  const ratio = m / base;
  console.log(`  ${name.padEnd(32)} ${m.toFixed(0).padStart(5)} ms  ${ratio.toFixed(2)}×${i > 0 && ratio > TARGET ? '  over' : ''}`);
});
