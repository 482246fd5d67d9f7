import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, runCliAsync, temporaryFolders } from '../helpers.js';

/**
 * One file with more documents, or more bad duties, than a call can take as arguments: every
 * step that gathers them (parsing, schema checks, the stylish columns) must loop, not spread.
 */

const MANY = 150_000;
const { empty } = temporaryFolders();

function department(id: string, body: string): string {
  return `kind: department\nid: ${id}\nname: ${id}局\njurisdiction: x\nlevel: municipal\nduties:\n${body}`;
}

describe(`a file of ${MANY.toLocaleString('en')} documents and one of ${MANY.toLocaleString('en')} bad duties`, () => {
  it('are a finding each, with exit 1 and no internal error', async () => {
    const dir = empty();
    writeFileSync(join(dir, 'many-documents.yaml'), department('x.docs', '  - id: one\n    title: 负责一项事务\n') + '---\nfoo: 1\n'.repeat(MANY));
    writeFileSync(join(dir, 'many-errors.yaml'), department('x.err', Array.from({ length: MANY }, (_, i) => `  - id: d${i}\n`).join('')));
    const run = await runCliAsync([dir, '--lang', 'en'], { timeoutMs: 120_000 });
    expectNoStackTrace(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/many-documents\.yaml\n +10:1 +error +\(document\) is missing the required field/);
    expect(run.stdout).toMatch(/many-errors\.yaml\n +7:5 +error +duties\[0\] is missing the required field "title"/);
    expect(run.stdout).toContain(`duties[${MANY - 1}] is missing the required field "title"`);
    expect(run.stdout).toContain(`✖ ${2 * MANY} problems (${2 * MANY} errors, 0 warnings, 0 infos)`);
  }, 150_000);
});
