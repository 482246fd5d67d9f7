#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

const args = process.argv.slice(2);

// `--version` alone is answered before anything else loads: editors and hooks ask it often.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main } = await import('../dist/src/cli/main.js');

  // A reader that stops early (`duty-lint --help | head`) closes the pipe: not an error of ours.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(process.exitCode ?? 0);
    });
  }

  process.exitCode = await main(args, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  });
}
