import { rmSync } from 'node:fs';
import { expect } from 'vitest';
import { lint, type Finding, type LintOptions, type LintResult } from '../../src/index.js';
import { writeCatalogue } from '../helpers.js';

/**
 * A YAML block written inline, indented like the test around it: the first line break and
 * the common indentation are removed, so line 1 is the first line of the document.
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** Writes the files into a fresh catalogue folder and lints it (messages in English unless told). */
export async function lintCatalogue(
  files: Record<string, string>, options: Omit<LintOptions, 'paths'> = {},
): Promise<LintResult> {
  const dir = writeCatalogue(files);
  try {
    return await lint({ lang: 'en', ...options, paths: [dir] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The findings of one rule, in report order. */
export function findingsOf(result: LintResult, rule: string): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

/**
 * Adds fields to one duty of a YAML department (after its `title:` line), so a test can
 * show only what it changes: `withFields(doc, 'food-risk', 'role: support')`.
 */
export function withFields(doc: string, dutyId: string, ...fields: string[]): string {
  const lines = doc.split('\n');
  const at = lines.findIndex((l) => l.trim() === `- id: ${dutyId}`);
  if (at < 0 || !lines[at + 1]?.trim().startsWith('title:')) throw new Error(`no duty ${dutyId} with a title`);
  const indent = ' '.repeat(lines[at]!.indexOf('-') + 2);
  lines.splice(at + 2, 0, ...fields.map((f) => indent + f));
  return lines.join('\n');
}

/** Appends one duty, given as its fields, to the `duties:` list that ends a YAML department. */
export function appendDuty(doc: string, ...fields: string[]): string {
  const [first, ...rest] = fields;
  return doc.replace(/\n*$/, '\n') + [`  - ${first}`, ...rest.map((f) => `    ${f}`)].join('\n') + '\n';
}

/**
 * Matches a message that tells each of `facts` (ids, titles, names, scores), whatever the
 * wording around them, so tests pin what a finding says rather than how.
 */
export function mentioning(...facts: Array<string | number>) {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return expect.stringMatching(new RegExp(`^${facts.map((f) => `(?=[\\s\\S]*${escape(String(f))})`).join('')}`));
}

/** Asserts a message is rendered in Chinese: it tells the facts, and Chinese text remains around them. */
export function expectChinese(message: string, ...facts: Array<string | number>): void {
  expect(message).toEqual(mentioning(...facts));
  const rest = facts.reduce<string>((m, f) => m.split(String(f)).join(' '), message);
  expect(rest).toMatch(/[\u4e00-\u9fff]/);
}

/** A line of one government's departments, word for word, for groups of the same duty. */
export const ONE_LINE = '负责全市河道采砂监督管理，查处非法采砂行为';

const LETTERS = 'bcdfghjklmnpqrstvwxz';
/** A made-up word of its own for department `i`, which pairs with no other department's. */
export function madeUpWord(i: number): string {
  let s = '';
  for (let k = 0, n = i; k < 4; k++, n = Math.floor(n / 20) + 7 * k + 3) s += LETTERS[n % 20];
  return s;
}

/** Department `i` of government hx: `duties`, then a duty of its own that matches no other department's. */
export function groupDepartment(i: number, duties: string[] = [], extra: string[] = []): string {
  return [
    'kind: department', `id: hx.d${i}`, `name: 和县市第${i}局`, 'jurisdiction: hx', ...extra, 'duties:',
    ...duties,
    `  - id: own`, `    title: Oversee ${madeUpWord(i)} ${madeUpWord(i * 31 + 11)} licensing`, '    basis: [某条例]', '',
  ].join('\n');
}

/**
 * Government hx of `total` departments, the first `holders` holding ONE_LINE as duty `sand`
 * (with `fields` for department i), one file each. A line that most of a government's
 * departments hold is boilerplate there, so a group is held by few of them.
 */
export function oneLineCatalogue(holders: number, total = 40, fields: (i: number) => string[] = () => []): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < total; i++) {
    const duties = i < holders ? ['  - id: sand', `    title: ${ONE_LINE}`, ...fields(i).map((f) => `    ${f}`)] : [];
    files[`hx/d${String(i).padStart(5, '0')}.yaml`] = groupDepartment(i, duties);
  }
  return files;
}
