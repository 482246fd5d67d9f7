import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/formats/html.js';
import { RULES } from '../../src/index.js';
import type { Finding } from '../../src/types.js';
import { HOSTILE, hostileReport } from '../formats/html-fixture.js';
import { runCliAsync, temporaryFolders } from '../helpers.js';

/*
 * The HTML report in a real browser: Chromium driven by playwright-core, which downloads no
 * browser of its own. CI installs Chromium (.ci/run) and there a missing one fails the test;
 * elsewhere the test is skipped with a note saying how to run it.
 */

function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    for (const dir of ['/usr/bin', '/usr/local/bin', '/snap/bin']) if (existsSync(join(dir, name))) return join(dir, name);
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not on PATH either
    }
  }
  return undefined;
}

const CHROMIUM = findChromium();
const CI = Boolean(process.env.CI) && process.env.CI !== 'false';
if (!CHROMIUM && !CI) console.warn('html-report.test.ts skipped: no Chromium found; install it (apt-get install chromium) or set CHROMIUM_PATH.');

const folders = temporaryFolders();

describe.skipIf(!CHROMIUM && !CI)('the HTML report in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!CHROMIUM) throw new Error('CI is set and no Chromium was found: install it (apt-get install chromium) or set CHROMIUM_PATH');
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => browser?.close());

  /** A page that records every request and lets none but file:// URLs through. */
  async function offlinePage(): Promise<{ page: Page; requests: string[]; blocked: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const blocked: string[] = [];
    const errors: string[] = [];
    page.setDefaultTimeout(10_000);
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file://')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    return { page, requests, blocked, errors };
  }

  /** How many distinct colours a PNG holds, counted on a canvas of a blank page (the report's policy forbids images). */
  async function distinctColours(png: Buffer): Promise<number> {
    const blank = await browser.newPage();
    try {
      return await blank.evaluate(`(async () => {
        const img = new Image();
        img.src = 'data:image/png;base64,${png.toString('base64')}';
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, img.width, img.height).data;
        const seen = new Set();
        for (let i = 0; i < px.length; i += 4) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
        return seen.size;
      })()`);
    } finally {
      await blank.close();
    }
  }

  describe('of the example catalogue, opened from a file', () => {
    let page: Page;
    let requests: string[];
    let blocked: string[];
    let errors: string[];
    let url: string;
    let overlapPairs: Set<string>;
    let titles: Map<string, string>;

    beforeAll(async () => {
      const [html, json, graph] = await Promise.all([
        runCliAsync(['examples/zhenjiang', '--format', 'html']),
        runCliAsync(['examples/zhenjiang', '--format', 'json']),
        runCliAsync(['graph', 'examples/zhenjiang', '--format', 'json']),
      ]);
      expect(html.code, html.stderr).toBe(1);
      const file = join(folders.empty(), 'report.html');
      writeFileSync(file, html.stdout);
      url = pathToFileURL(file).href;
      // The duty pairs the overlap findings name, and every duty's title, to check the page against.
      const findings = (JSON.parse(json.stdout) as { findings: Finding[] }).findings.filter((f) => f.rule === 'overlap');
      overlapPairs = new Set(findings.map((f) => [f.duty, f.related?.find((r) => r.duty)?.duty].sort().join(' ')));
      const departments = (JSON.parse(graph.stdout) as { departments: Array<{ duties: Array<{ ref: string; title: string }> }> }).departments;
      titles = new Map(departments.flatMap((d) => d.duties.map((t) => [t.ref, t.title] as const)));
      ({ page, requests, blocked, errors } = await offlinePage());
      await page.goto(url);
    });

    it('draws the overlap heatmap: a picture with coloured cells, not a blank box', async () => {
      const heatmap = page.locator('#heatmap table.heat');
      await expect(heatmap.isVisible()).resolves.toBe(true);
      expect(await page.locator('#heatmap td.hit').count()).toBeGreaterThan(0);
      // Background, grid, coloured cells, their numbers and the headers' text.
      expect(await distinctColours(await heatmap.screenshot())).toBeGreaterThan(8);
    });

    it('lists the duty pairs of a cell clicked, with both texts', async () => {
      await page.locator('#heatmap td.hit').first().click();
      const items = page.locator('#pair .pair-item');
      expect(await items.count()).toBe(Number(await page.locator('#heatmap td.selected').textContent()));
      for (const item of await items.all()) {
        const refs = await item.locator('code').allTextContents();
        expect(refs).toHaveLength(2);
        expect(overlapPairs).toContain([...refs].sort().join(' '));
        const shown = await item.locator('.title').allTextContents();
        expect(shown).toEqual(refs.map((r) => titles.get(r)));
        await expect(item.locator('.meta').textContent()).resolves.toMatch(/Similarity 0\.\d+ · Shared terms: \S/);
      }
    });

    it('narrows the findings table by a filter, to rows that all match it', async () => {
      const rows = page.locator('#f-body tr');
      const all = await rows.count();
      expect(all).toBe(18);
      await page.selectOption('#f-sev', { label: 'error (5)' });
      expect(await rows.count()).toBe(5);
      for (const row of await rows.all()) await expect(row.getAttribute('data-sev')).resolves.toBe('error');
      // A department with errors as well: only its errors.
      const dept = (await page.locator('#f-body tr:not([data-dept="-1"])').first().getAttribute('data-dept'))!;
      await page.selectOption('#f-dept', dept);
      const narrowed = await rows.count();
      expect(narrowed).toBeGreaterThan(0);
      expect(narrowed).toBeLessThan(5);
      for (const row of await rows.all()) {
        await expect(row.getAttribute('data-dept')).resolves.toBe(dept);
        await expect(row.getAttribute('data-sev')).resolves.toBe('error');
      }
      // And the text search, on its own.
      await page.selectOption('#f-sev', '-1');
      await page.selectOption('#f-dept', '-1');
      await page.fill('#f-text', 'unfunded-duty');
      await expect.poll(() => rows.count()).toBe(3);
      for (const text of await rows.allTextContents()) expect(text).toContain('unfunded-duty');
    });

    it('shows the coverage of the higher-level mandate, one row per lower department', async () => {
      expect(await page.locator('#cov-body tr').count()).toBe(9);
    });

    it('makes no request but for its own file, and throws no error', () => {
      expect(blocked).toEqual([]);
      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
    });
  });

  it('shows markup from the catalogue as text and runs none of it', async () => {
    const { html, dir } = await hostileReport();
    rmSync(dir, { recursive: true, force: true });
    const { page, errors, blocked } = await offlinePage();
    await page.setContent(html);
    await page.locator('#heatmap td.hit').first().click();
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    const titles = await page.locator('#pair .title').allTextContents();
    expect(titles.join('\n')).toContain(HOSTILE.script);
    expect(titles.join('\n')).toContain(HOSTILE.closer);
    expect(await page.locator('#heatmap thead th').allTextContents()).toContain(HOSTILE.name);
    expect(await page.locator('#f-body td.msg').first().textContent()).toContain(HOSTILE.script);
    expect(await page.locator('#pair img, #pair b, #f-body script').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('stays small in the DOM at scale: one page of rows, a heatmap of 60 departments at most', async () => {
    const html = formatHtml(largeInput(120, 3000));
    const { page, errors } = await offlinePage();
    await page.setContent(html);
    expect(await page.locator('#f-body tr').count()).toBe(200);
    await expect(page.locator('#f-pager span').textContent()).resolves.toBe('1–200 of 3000 (page 1 of 15)');
    await page.locator('#f-pager button').last().click();
    await expect(page.locator('#f-pager span').textContent()).resolves.toBe('201–400 of 3000 (page 2 of 15)');
    expect(await page.locator('#heatmap tbody tr').count()).toBe(60);
    await expect(page.locator('#heat-note').textContent()).resolves.toMatch(/^Showing the 60 departments with the most overlaps, of \d+;/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** A report of `findings` overlap findings among `departments` departments of one government. */
function largeInput(departments: number, findings: number): Parameters<typeof formatHtml>[0] {
  const dept = (i: number) => `g.d${i}`;
  const list: Finding[] = [];
  const duties: Record<string, { title: string; department: string }> = {};
  for (let i = 0; i < findings; i++) {
    const a = i % departments;
    const b = (a + 1 + (i % 7)) % departments;
    const [da, db] = [`${dept(a)}/x${i}`, `${dept(b)}/y${i}`];
    duties[da] = { title: `duty ${i} of ${dept(a)}`, department: dept(a) };
    duties[db] = { title: `duty ${i} of ${dept(b)}`, department: dept(b) };
    list.push({
      rule: 'overlap', severity: 'warn', messageId: 'overlap', data: {}, message: `overlap ${i}`, file: `d${a}.yaml`, line: 1, column: 1,
      pointer: '', department: dept(a), duty: da, related: [{ department: dept(b), duty: db, file: `d${b}.yaml`, line: 1, column: 1 }],
      score: 0.6, terms: ['t'], fingerprint: String(i),
    });
  }
  return {
    findings: list, rules: RULES, lang: 'en', color: false, displayRoot: '', tool: { name: 'duty-lint', version: 'test' },
    summary: { files: departments, departments, duties: 2 * findings, errors: 0, warnings: findings, infos: 0, suppressed: 0 },
    catalogue: {
      name: 'large', governments: ['g'], duties, coverage: [],
      departments: Array.from({ length: departments }, (_, i) => ({ id: dept(i), name: `Department ${i}`, jurisdiction: 'g', file: `d${i}.yaml`, counterparts: [], duties: 2 })),
    },
  };
}
