import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/schema/validate.js';
import { ROOT } from '../helpers.js';
import { expectChinese, findingsOf, lintCatalogue, yaml } from '../rules/helpers.js';

/**
 * Data mistakes the JSON Schemas catch: text that is blank, white space alone (ASCII spaces,
 * U+3000 全角空格, U+00A0 no-break space), where the format wants text.
 */

const ENV = (title: string) => yaml`
  kind: department
  id: zj.rz.env
  name: 润州区生态环境局
  jurisdiction: zj.rz
  duties:
    - id: straw-burning
      title: "${title}"
    - id: air-pollution
      title: 负责全区大气污染防治的统一监督管理
`;

describe('blank text', () => {
  it.each([
    ['U+3000 ideographic spaces', '\\u3000\\u3000', ['U+3000']],
    ['no-break and ordinary spaces', '\\u00a0 ', ['U+00A0', 'U+0020']],
    ['a tab and a line break', '\\t\\n', ['U+0009', 'U+000A']],
  ])('reports a duty title of %s at the title, and drops only that duty', async (_, title, spaces) => {
    const result = await lintCatalogue({ 'zj/rz/env.yaml': ENV(title) });
    expect(findingsOf(result, 'schema')).toEqual([
      expect.objectContaining({
        rule: 'schema', severity: 'error', file: 'zj/rz/env.yaml', line: 7, column: 12, pointer: '/duties/0/title',
        messageId: 'schema.blank', message: `duties[0].title is blank: it holds only white space (${spaces.join(', ')})`,
      }),
    ]);
    expect(result.graph.duties.map((d) => d.ref)).toEqual(['zj.rz.env/air-pollution']);
  });

  it('still calls an empty title empty, once', async () => {
    const result = await lintCatalogue({ 'zj/rz/env.yaml': ENV('') });
    expect(findingsOf(result, 'schema').map((f) => [f.line, f.column, f.messageId])).toEqual([[7, 12, 'schema.empty']]);
  });

  it('accepts a title with spaces around its text', async () => {
    const result = await lintCatalogue({ 'zj/rz/env.yaml': ENV('\\u3000负责全区秸秆禁烧巡查 ') });
    expect(findingsOf(result, 'schema')).toEqual([]);
  });

  it('reports a blank department name, division subject and ignore reason, in Chinese too', async () => {
    const files = {
      'zj/rz/env.yaml': yaml`
        kind: department
        id: zj.rz.env
        name: "\u3000"
        jurisdiction: zj.rz
        duties:
          - id: straw-burning
            title: 负责全区秸秆禁烧巡查
            ignore:
              - rule: overlap
                reason: "  "
      `,
      'zj/rz/divisions.yaml': yaml`
        kind: division
        id: rz-straw
        jurisdiction: zj.rz
        subject: "\u3000"
        parties:
          - department: zj.rz.env
          - department: zj.rz.agri
      `,
    };
    const result = await lintCatalogue(files);
    expect(findingsOf(result, 'schema').map((f) => [f.file, f.line, f.column, f.pointer, f.messageId])).toEqual([
      ['zj/rz/divisions.yaml', 4, 10, '/subject', 'schema.blank'],
      ['zj/rz/env.yaml', 3, 7, '/name', 'schema.blank'],
      ['zj/rz/env.yaml', 10, 17, '/duties/0/ignore/0/reason', 'schema.blank'],
    ]);
    const zh = await lintCatalogue(files, { lang: 'zh' });
    expectChinese(findingsOf(zh, 'schema')[0]!.message, 'subject', 'U+3000');
  });

  it('is in the published schemas, for editors and other validators too (Unicode regular expressions)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const department = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'department.schema.json'), 'utf8')) as object);
    const doc = { kind: 'department', id: 'a', name: 'A', jurisdiction: 'a', duties: [{ id: 'x', title: '\u3000' }] };
    expect(department(doc)).toBe(false);
    expect(department.errors).toEqual([expect.objectContaining({ instancePath: '/duties/0/title', keyword: 'pattern' })]);
    expect(validateDocument(doc)).toEqual([expect.objectContaining({ messageId: 'schema.blank', pointer: '/duties/0/title' })]);
  });
});
