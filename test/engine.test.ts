import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { EXAMPLE } from './helpers.js';

/** A program or an editor lints the texts it holds (LintOptions.texts), as it would the files. */
function textsOf(dir: string): Record<string, string> {
  return Object.fromEntries(fg.sync('**/*.yaml', { cwd: dir, ignore: ['duty-lint.config.yaml'] }).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

describe('lint({ texts })', () => {
  it('finds in texts held in memory what it finds in the same files on disk', async () => {
    const texts = textsOf(EXAMPLE);
    // The example's config sets unfunded-duty to info; texts take no config file, so the same is said in `rules`.
    const [inMemory, onDisk] = await Promise.all([
      lint({ texts, lang: 'en', rules: { 'unfunded-duty': 'info' } }),
      lint({ paths: [EXAMPLE], lang: 'en' }),
    ]);
    expect(inMemory.findings.length).toBeGreaterThan(10);
    expect(inMemory.findings).toEqual(onDisk.findings);
    expect(inMemory.summary).toEqual(onDisk.summary);
  });

  it('reports a text that is not valid YAML as yaml-syntax, and still lints the others', async () => {
    const result = await lint({
      texts: {
        'a/broken.yaml': 'kind: department\nid: [x\n',
        'a/ok.yaml': 'kind: department\nid: a.ok\nname: 正常部门\njurisdiction: a\nduties:\n  - id: d1\n    title: 负责全市某项职责\n',
      },
      lang: 'en',
    });
    expect(result.findings.map((f) => `${f.rule} ${f.file}`)).toEqual(['yaml-syntax a/broken.yaml']);
    expect(result.summary.duties).toBe(1);
  });
});

describe('lint({ analysesOnly })', () => {
  it('runs the analyses asked for and no rule: the graph export\'s mandates, without the findings', async () => {
    const [only, full] = await Promise.all([
      lint({ paths: [EXAMPLE], lang: 'en', analysesOnly: ['mandates'] }),
      lint({ paths: [EXAMPLE], lang: 'en' }),
    ]);
    expect(only.timings.filter((t) => t.stage.startsWith('rule:'))).toEqual([]);
    expect(only.timings.map((t) => t.stage)).toContain('mandate inference');
    expect(new Set(only.findings.map((f) => f.rule))).toEqual(new Set(['yaml-syntax', 'schema']));
    const edges = (r: typeof only) => r.graph.duties.map((d) => r.context.mandatesOf(d).map((e) => `${d.ref}>${e.duty.ref}:${e.score ?? ''}`)).flat();
    expect(edges(only)).toEqual(edges(full));
    expect(edges(only).length).toBeGreaterThan(20);
  });
});
