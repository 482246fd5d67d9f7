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
