import { describe, expect, it } from 'vitest';
import { expectChinese, findingsOf, lintCatalogue, mentioning, yaml } from './helpers.js';

/**
 * schema (error): a document that breaks the JSON Schema of its kind, placed at the
 * offending node. A bad duty costs only itself; a bad department or division header
 * drops the document.
 */

const CITY_ENV = yaml`
  kind: department
  id: zj.env
  name: 镇江市生态环境局
  jurisdiction: zj
  duties:
    - id: air-pollution
      title: 负责全市大气污染防治的统一监督管理，组织实施重污染天气应急
    - id: straw-burning
      title: 负责全市秸秆禁烧的监督检查
`;

/** A district department whose first duty has the given extra lines. */
function districtEnv(...badDutyLines: string[]): string {
  return [
    'kind: department',
    'id: zj.rz.env',
    'name: 润州区生态环境局',
    'jurisdiction: zj.rz',
    'counterparts: [zj.env]',
    'duties:',
    '  - id: straw-burning',
    '    title: 负责全区秸秆禁烧巡查',
    ...badDutyLines.map((l) => `    ${l}`),
    '  - id: air-pollution',
    '    title: 负责全区大气污染防治的统一监督管理，组织实施重污染天气应急',
    '  - id: study-tour',
    '    title: 负责全区生态环境教育研学基地的评定',
    '',
  ].join('\n');
}

describe('schema', () => {
  describe('on a duty', () => {
    it('reports a role outside main, lead, support at the value', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': districtEnv('role: owner') });
      expect(findingsOf(result, 'schema')).toEqual([
        expect.objectContaining({
          rule: 'schema',
          severity: 'error',
          file: 'zj/rz/env.yaml',
          line: 9,
          column: 11,
          pointer: '/duties/0/role',
          message: 'duties[0].role must be one of main, lead, support (got "owner")',
        }),
      ]);
    });

    it('renders its message in Chinese with lang zh', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': districtEnv('role: 牵头') }, { lang: 'zh' });
      expectChinese(findingsOf(result, 'schema')[0]!.message, 'duties[0].role', 'main', 'lead', 'support', '"牵头"');
    });

    it('reports an unknown field at its key', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': districtEnv('responsible: 张三') });
      const found = findingsOf(result, 'schema');
      expect(found).toEqual([
        expect.objectContaining({
          line: 9,
          column: 5,
          pointer: '/duties/0/responsible',
          messageId: 'schema.unknown-field',
          data: expect.objectContaining({ path: 'duties[0]', field: 'responsible' }),
        }),
      ]);
      expect(found[0]!.message).toEqual(mentioning('duties[0]', '"responsible"'));
    });

    it('reports a missing required field at the duty', async () => {
      const result = await lintCatalogue({
        'zj/rz/env.yaml': districtEnv().replace('    title: 负责全区秸秆禁烧巡查\n', '    detail: 负责全区秸秆禁烧巡查\n'),
      });
      expect(findingsOf(result, 'schema')).toEqual([
        expect.objectContaining({
          line: 7,
          column: 5,
          pointer: '/duties/0',
          messageId: 'schema.required',
          message: mentioning('duties[0]', '"title"'),
        }),
      ]);
    });

    it('reports an id that breaks the id pattern at the value', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': districtEnv().replace('- id: straw-burning', '- id: Straw_Burning') });
      expect(findingsOf(result, 'schema')).toEqual([
        expect.objectContaining({
          line: 7,
          column: 9,
          pointer: '/duties/0/id',
          messageId: 'schema.pattern',
          message: mentioning('duties[0].id', '^[a-z0-9][a-z0-9._-]*$', '"Straw_Burning"'),
        }),
      ]);
    });

    it('reports a mandate that is not a duty reference', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': districtEnv('mandate: [zj.env]') });
      expect(findingsOf(result, 'schema')).toEqual([
        expect.objectContaining({
          line: 9,
          column: 15,
          pointer: '/duties/0/mandate/0',
          messageId: 'schema.pattern',
          data: expect.objectContaining({ path: 'duties[0].mandate[0]', got: '"zj.env"' }),
        }),
      ]);
    });

    it('requires a reason on an ignore entry, and drops the duty that lacks one', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': districtEnv('ignore: [{rule: unfounded-duty}]') });
      expect(findingsOf(result, 'schema')).toEqual([
        expect.objectContaining({
          line: 9,
          column: 14,
          pointer: '/duties/0/ignore/0',
          messageId: 'schema.required',
          message: mentioning('duties[0].ignore[0]', '"reason"'),
        }),
      ]);
      expect(result.graph.dutyByRef.has('zj.rz.env/straw-burning')).toBe(false);
    });

    it('drops only the bad duty: the rest of its department is still linted', async () => {
      const good = await lintCatalogue({ 'zj/env.yaml': CITY_ENV, 'zj/rz/env.yaml': districtEnv() });
      const result = await lintCatalogue({ 'zj/env.yaml': CITY_ENV, 'zj/rz/env.yaml': districtEnv('role: owner') });

      expect(result.graph.departmentById.has('zj.rz.env')).toBe(true);
      expect(result.graph.dutyByRef.has('zj.rz.env/straw-burning')).toBe(false);
      expect(result.summary).toMatchObject({ departments: 2, duties: 4 });
      // study-tour, after the dropped duty, is still found unfounded, at its own line.
      expect(findingsOf(result, 'unfounded-duty')).toEqual([
        expect.objectContaining({ duty: 'zj.rz.env/study-tour', file: 'zj/rz/env.yaml', line: 12, column: 5 }),
      ]);
      expect(findingsOf(good, 'unfounded-duty')).toEqual([
        expect.objectContaining({ duty: 'zj.rz.env/study-tour', line: 11 }),
      ]);
      // air-pollution still covers the city duty; only what the dropped duty covered is now a gap.
      expect(findingsOf(good, 'mandate-gap')).toEqual([]);
      expect(findingsOf(result, 'mandate-gap').map((f) => f.duty)).toEqual(['zj.env/straw-burning']);
    });

    it('reports every bad duty of a department, each at its own node', async () => {
      const result = await lintCatalogue({
        'zj/rz/env.yaml': districtEnv('role: owner')
          .replace('- id: study-tour', '- id: Study-Tour')
          .replace('    title: 负责全区大气污染防治', '    status: active\n    cascade: "yes"\n    title: 负责全区大气污染防治'),
      });
      expect(findingsOf(result, 'schema').map((f) => [f.line, f.column, f.pointer])).toEqual([
        [9, 11, '/duties/0/role'],
        [12, 14, '/duties/1/cascade'],
        [14, 9, '/duties/2/id'],
      ]);
      expect(result.graph.departmentById.get('zj.rz.env')!.duties).toEqual([]);
    });
  });

  describe('on a department or division header', () => {
    it('drops the whole document', async () => {
      const result = await lintCatalogue({
        'zj/rz/env.yaml': districtEnv().replace('counterparts: [zj.env]', 'counterparts: zj.env'),
      });
      expect(result.findings).toEqual([
        expect.objectContaining({
          rule: 'schema', line: 5, column: 15, pointer: '/counterparts',
          messageId: 'schema.type',
          message: mentioning('counterparts', 'array', '"zj.env"'),
        }),
      ]);
      expect(result.summary.departments).toBe(0);
    });

    it('reports a department id that breaks the id pattern', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': districtEnv().replace('id: zj.rz.env', 'id: ZJ.RZ.ENV') });
      expect(findingsOf(result, 'schema')).toEqual([
        expect.objectContaining({
          line: 2, column: 5, pointer: '/id',
          messageId: 'schema.pattern',
          message: mentioning('id', '"ZJ.RZ.ENV"'),
        }),
      ]);
    });

    it('reports a missing required field of the department at the document', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': districtEnv().replace('jurisdiction: zj.rz\n', '') });
      expect(findingsOf(result, 'schema')).toEqual([
        expect.objectContaining({
          line: 1, column: 1, pointer: '',
          messageId: 'schema.required',
          message: mentioning('"jurisdiction"'),
        }),
      ]);
    });

    it('reports an unknown top-level field at its key', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': districtEnv().replace('duties:', 'leader: 张三\nduties:') });
      expect(findingsOf(result, 'schema')).toEqual([
        expect.objectContaining({
          line: 6, column: 1, pointer: '/leader',
          messageId: 'schema.unknown-field',
          message: mentioning('"leader"'),
        }),
      ]);
    });

    it('reports an empty name', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': districtEnv().replace('name: 润州区生态环境局', 'name: ""') });
      expect(findingsOf(result, 'schema')).toEqual([
        expect.objectContaining({ line: 3, column: 7, pointer: '/name', messageId: 'schema.empty', message: mentioning('name') }),
      ]);
    });

    it('reports a division with fewer than two parties', async () => {
      const result = await lintCatalogue({
        'zj/rz/env.yaml': districtEnv(),
        'zj/rz/divisions.yaml': yaml`
          kind: division
          id: rz-air
          jurisdiction: zj.rz
          subject: 大气污染防治
          parties:
            - department: zj.rz.env
        `,
      });
      expect(findingsOf(result, 'schema')).toEqual([
        expect.objectContaining({
          file: 'zj/rz/divisions.yaml', line: 6, column: 3, pointer: '/parties',
          messageId: 'schema.min-items',
          message: mentioning('parties', 2),
        }),
      ]);
      expect(result.graph.divisions).toEqual([]);
    });
  });

  describe('on the kind', () => {
    it('reports a missing kind at the document', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': districtEnv().replace('kind: department\n', '') });
      expect(result.findings).toEqual([
        expect.objectContaining({
          rule: 'schema', file: 'zj/rz/env.yaml', line: 1, column: 1,
          messageId: 'schema.required',
          message: mentioning('"kind"'),
        }),
      ]);
    });

    it('reports an unknown kind at the value', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': districtEnv().replace('kind: department', 'kind: office') });
      expect(result.findings).toEqual([
        expect.objectContaining({
          rule: 'schema', line: 1, column: 7, pointer: '/kind',
          messageId: 'schema.enum',
          message: mentioning('kind', 'department', 'division', '"office"'),
        }),
      ]);
    });

    it('reports a document that is not a mapping', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': '- kind: department\n  id: zj.rz.env\n' });
      expect(result.findings).toEqual([
        expect.objectContaining({
          rule: 'schema', line: 1, column: 1,
          messageId: 'schema.not-mapping',
          message: mentioning('mapping', 'kind', 'a list'),
        }),
      ]);
    });

    it('judges each document of a file on its own', async () => {
      const result = await lintCatalogue({ 'zj/rz/env.yaml': `${districtEnv()}---\nkind: office\nid: zj.rz.office\n` });
      expect(result.findings.filter((f) => f.rule === 'schema')).toEqual([
        expect.objectContaining({ line: 14, column: 7, messageId: 'schema.enum', message: mentioning('"office"') }),
      ]);
      expect(result.graph.departmentById.has('zj.rz.env')).toBe(true);
    });
  });
});
