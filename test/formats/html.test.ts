import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync } from '../helpers.js';
import { HOSTILE, hostileReport } from './html-fixture.js';

/** The page's data block, its parsed contents, and the content of its other inline elements. */
function parts(html: string) {
  const block = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  if (block === undefined || script === undefined || style === undefined || csp === undefined) throw new Error('not the report page');
  return { block, data: JSON.parse(block) as Record<string, unknown>, script, style, csp };
}

const strings = (value: unknown): string[] => (typeof value === 'string' ? [value]
  : value !== null && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the HTML report (--format html)', () => {
  // Golden file of the example, for people to review like the other formats' (rerun with -u on purpose).
  it('of the example, in Chinese', async () => {
    const r = await runCliAsync(['examples/zhenjiang', '--format', 'html', '--lang', 'zh']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    await expect(r.stdout).toMatchFileSnapshot('./__golden__/lint-html-zh.html');
  });

  describe('of a catalogue with markup in its texts', () => {
    let html = '';
    let dir = '';
    beforeAll(async () => ({ html, dir } = await hostileReport()));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('keeps every text inside the data block: `<` is escaped there, so `</script>` cannot end it', () => {
      const { block, data } = parts(html);
      expect(block).not.toContain('<');
      // The page's own two script elements and nothing else close a script.
      expect(html.match(/<\/script/gi)).toHaveLength(2);
      expect(html).not.toContain(HOSTILE.script);
      // The texts survive the escaping as they were.
      const texts = strings(data).join('\n');
      for (const text of [HOSTILE.name, HOSTILE.script, HOSTILE.closer]) expect(texts).toContain(text);
    });

    it('lets only its own style and script run, and nothing be fetched (Content-Security-Policy)', () => {
      const { csp, script, style } = parts(html);
      expect(csp).toBe(`default-src 'none'; style-src ${hash(style)}; script-src ${hash(script)}`);
    });

    it('holds no catalogue text outside the data block', () => {
      const outside = html.replace(parts(html).block, '');
      expect(outside).not.toContain('和县市');
      expect(outside).not.toContain('河道采砂');
    });
  });

  it('is the same for the same run: no time, random id or machine path in it', async () => {
    const [a, b] = await Promise.all([0, 1].map(() => runCliAsync(['examples/zhenjiang', '--format', 'html'])));
    expect(a!.stdout).toBe(b!.stdout);
    // The only date is the catalogue's data date.
    expect(new Set(a!.stdout.match(/\d{4}-\d{2}-\d{2}/g))).toEqual(new Set(['2019-07-01']));
    expect(a!.stdout).not.toContain(process.cwd());
  });

  it('embeds the data as arrays that name things by index, in the run\'s language', async () => {
    const r = await runCliAsync(['examples/zhenjiang', '--format', 'html', '--lang', 'en']);
    const { data } = parts(r.stdout);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(data).toMatchObject({ lang: 'en', gov: ['zj', 'zj.rz'], t: { findings: 'Findings' } });
    const findings = data.findings as unknown[][];
    expect(findings).toHaveLength(18);
    for (const f of findings) expect(f).toEqual([expect.any(Number), expect.any(Number), expect.any(String), expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number)]);
  });
});
