import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatterFor, lint, reportInput, RULES, UsageError, type Rule } from '../../src/index.js';
import { EXAMPLE, ROOT, temporaryFolders } from '../helpers.js';

/** A program adds a rule of its own as one file, declared as duty-lint's rules are (library API: extraRules). */
const longTitle = ((await import(pathToFileURL(join(ROOT, 'test', 'fixtures', 'rules', 'long-title.mjs')).href)) as { default: Rule }).default;

describe('a rule of the program\'s own', () => {
  it('runs after duty-lint\'s, at its default severity, with its messages in both languages, placed and fingerprinted', async () => {
    const [en, zh] = await Promise.all(['en', 'zh'].map((lang) => lint({ paths: [EXAMPLE], lang: lang as 'en' | 'zh', extraRules: [longTitle] })));
    const found = en!.findings.filter((f) => f.rule === 'long-title');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.severity).toBe('warn');
      expect(f.message).toMatch(/^Title of \d+ characters, over 40$/);
      expect(f.line).toBeGreaterThan(0);
      expect(f.fingerprint).toMatch(/^[0-9a-f]+$/);
    }
    expect(zh!.findings.filter((f) => f.rule === 'long-title').map((f) => f.message)[0]).toMatch(/^标题 \d+ 个字，超过 40 个$/);
    expect(en!.rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), 'long-title']);
    // duty-lint's own findings are those of a run without it.
    const plain = await lint({ paths: [EXAMPLE], lang: 'en' });
    expect(en!.findings.filter((f) => f.rule !== 'long-title')).toEqual(plain.findings);
  });

  it('is listed in the report with the rest, and set by `rules` like any other', async () => {
    const result = await lint({ paths: [EXAMPLE], lang: 'en', extraRules: [longTitle], rules: { 'long-title': 'error' } });
    const n = result.findings.filter((f) => f.rule === 'long-title').length;
    expect(result.findings.filter((f) => f.rule === 'long-title' && f.severity === 'error')).toHaveLength(n);
    const report = (await formatterFor('lint', 'stylish'))(reportInput(result));
    expect(report).toMatch(new RegExp(`│ long-title +│ +${n} │`));
    const off = await lint({ paths: [EXAMPLE], lang: 'en', extraRules: [longTitle], rules: { 'long-title': 'off' } });
    expect(off.findings.some((f) => f.rule === 'long-title')).toBe(false);
  });

  it('may not take the id of another rule', async () => {
    await expect(lint({ paths: [EXAMPLE], extraRules: [{ ...longTitle, id: 'overlap' }] })).rejects.toEqual(new UsageError('duplicate-rule', { rule: 'overlap' }));
  });
});

describe('a rule of the program\'s own, with --cache', () => {
  const { empty } = temporaryFolders();

  /** Lints a copy of the example with the cache, rewords a duty of the district's education bureau, lints again. */
  async function afterAnEdit(rule: Rule) {
    const dir = empty();
    cpSync(EXAMPLE, dir, { recursive: true });
    const options = { paths: [dir], lang: 'en' as const, cache: join(empty(), 'cache'), extraRules: [rule] };
    await lint(options);
    const file = join(dir, 'zj', 'rz', 'edu.yaml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/\n {4}title: (\S+)/, '\n    title: $1，并做好相关统计工作');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    return lint(options);
  }

  it('that reads a file re-lints only what the edit can affect', async () => {
    expect((await afterAnEdit(longTitle)).relinted).toBeGreaterThan(0);
  });

  it('that reads the whole catalogue makes every run a whole run', async () => {
    expect((await afterAnEdit({ ...longTitle, reads: 'catalogue' })).relinted).toBeUndefined();
  });
});
