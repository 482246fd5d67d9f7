import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMessage, RULES } from '../../src/index.js';
import { ROOT } from '../helpers.js';

/** Each rule declares itself in its file; what lists the rules elsewhere is checked against the declarations. */
describe('rule declarations', () => {
  it('give every message in both languages, with the same placeholders, under the rule\'s own id', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const rule of RULES) {
      for (const [id, text] of Object.entries(rule.messages)) {
        expect(id === rule.id || id.startsWith(`${rule.id}.`), `${id} of ${rule.id}`).toBe(true);
        // A message that is all placeholders (schema.other: '{path} {reason}') has no words to translate.
        if (/[a-z]/i.test(text.en.replace(/\{\w+\}/g, ''))) expect(text.zh, id).toMatch(/[\u4e00-\u9fff]/);
        expect(placeholders(text.zh), id).toEqual(placeholders(text.en));
        expect(renderMessage('en', id, {})).toBe(text.en);
        expect(renderMessage('zh', id, {})).toBe(text.zh);
      }
    }
  });

  it('are the only source of the rules\' messages: an unknown message id is an error, not its id printed', () => {
    expect(() => renderMessage('en', 'overlap.no-such-case', {})).toThrow(/no message "overlap\.no-such-case"/);
  });

  it('declare the shared analyses they read: the matching rules need pairs or mandates, the others nothing', () => {
    const needs = Object.fromEntries(RULES.map((r) => [r.id, [...r.needs]]));
    expect(needs).toEqual({
      'yaml-syntax': [], schema: [], 'duplicate-id': [], 'dangling-reference': [],
      overlap: ['same-duty-pairs'], 'multiple-leads': ['same-duty-pairs'], 'orphan-duty': ['same-duty-pairs'],
      'mandate-gap': ['mandates'], 'unfounded-duty': ['mandates'], 'misplaced-duty': ['mandates'], 'unfunded-duty': [],
      // It judges the other rules' findings, which declare what they need.
      'unused-ignore': [], 'self-contradiction': [],
    });
  });

  it('declare what their findings read, within what --cache follows (no built-in rule reads the whole catalogue)', () => {
    expect(Object.fromEntries(RULES.map((r) => [r.id, r.reads]))).toEqual({
      'yaml-syntax': 'file', schema: 'file', 'duplicate-id': 'file', 'dangling-reference': 'file',
      overlap: 'government', 'multiple-leads': 'government', 'orphan-duty': 'government',
      'mandate-gap': 'linked', 'unfounded-duty': 'linked', 'misplaced-duty': 'linked', 'unfunded-duty': 'file',
      // The findings of its entry's own government, which read the governments it links to.
      'unused-ignore': 'linked',
      // A counterpart that names its department back is read in the government it belongs to.
      'self-contradiction': 'linked',
    });
  });

  it.each([
    ['README.md', '| rule | default | finds |'],
    [join('docs', 'FORMAT.md'), '| rule id | default | finds |'],
  ])('match the rule table of %s: ids and default severities, in order', (file, header) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const table = text.slice(text.indexOf(header)).split('\n').slice(2);
    const rows = table.slice(0, table.findIndex((l) => !l.startsWith('|'))).map((l) => /^\| `([a-z-]+)` \| (\w+) \|/.exec(l)!.slice(1));
    expect(rows).toEqual(RULES.map((r) => [r.id, r.defaultSeverity]));
  });
});
