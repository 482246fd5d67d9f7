import { describe, expect, it } from 'vitest';
import { MAX_RELATED } from '../../src/rules/same-duty.js';
import { runCliAsync, temporaryFolders } from '../helpers.js';
import { catalogue } from '../rules/group-catalogue.js';

/*
 * `duty-lint graph --format dot` and `duty-lint matrix --format json`, spawned as the built
 * CLI on 60 of 500 departments holding one line: one overlap finding, drawn as a star from
 * its first department and counted from it to each department it lists, not each with each.
 */

const folders = temporaryFolders();

describe('graph and matrix on a group of 60 departments', () => {
  const dir = folders.catalogue(catalogue(60, 500));

  it('graph --format dot: 59 overlap edges, each from the first department', async () => {
    const r = await runCliAsync(['graph', dir, '--format', 'dot']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const edges = [...r.stdout.matchAll(/^ {2}"([^"]+)" -> "([^"]+)" \[label="(\d+)", color="#d62728"/gm)].map((m) => m.slice(1));
    expect(edges).toHaveLength(59);
    expect(edges.every(([from, , weight]) => from === 'hx.d0' && weight === '1')).toBe(true);
  });

  it(`matrix --format json: the finding once in each of ${MAX_RELATED} pairs, from the first department`, async () => {
    const r = await runCliAsync(['matrix', dir, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [hx] = (JSON.parse(r.stdout) as { governments: Array<{ pairs: Array<{ a: string; b: string; findings: number }> }> }).governments;
    expect(hx!.pairs).toHaveLength(MAX_RELATED);
    expect(hx!.pairs.every((p) => p.a === 'hx.d0' && p.findings === 1)).toBe(true);
  });
});
