import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { lint, RULE_IDS, RULES, type SeveritySetting } from '../../src/index.js';
import { rulesSchema } from '../../src/config/rules-schema.js';
import { AJV_OPTIONS } from '../../src/schema/ajv-options.js';
import { DUTY_SCHEMA_REF, SCHEMA_NAMES, validate, validateDocument } from '../../src/schema/validate.js';
import { ROOT, writeCatalogue } from '../helpers.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'schema');
const VALID = join(FIXTURES, 'valid');
const INVALID = join(FIXTURES, 'invalid');
const SCHEMAS = join(ROOT, 'schemas');
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** Only the file-level rules: cross-file rules would complain about references to departments outside a fixture. */
const SCHEMA_ONLY: Record<string, SeveritySetting> = Object.fromEntries(
  RULE_IDS.filter((id) => id !== 'schema' && id !== 'yaml-syntax').map((id) => [id, 'off' as const]),
);

function lintFile(path: string) {
  return lint({ paths: [path], lang: 'en', rules: SCHEMA_ONLY });
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
}

function documentsOf(path: string): unknown[] {
  return yaml.loadAll(readFileSync(path, 'utf8'), undefined, { schema: yaml.CORE_SCHEMA }).filter((d) => d != null);
}

function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCHEMAS, name), 'utf8')) as Record<string, unknown>;
}

describe('valid fixtures', () => {
  const files = yamlFiles(VALID);

  it('cover every kind of valid document the brief names', () => {
    expect(files).toEqual(expect.arrayContaining([
      'department-all-fields.yaml', 'department-minimal.yaml', 'division.yaml', 'multi-document.yaml',
      'traditional-chinese.yaml', 'english.yaml', 'format-md-department.yaml', 'format-md-division.yaml', 'levels.yml',
    ]));
  });

  it.each(files)('%s validates with zero findings', async (name) => {
    const result = await lintFile(join(VALID, name));
    expect(result.files).toEqual([name]);
    expect(result.findings).toEqual([]);
    // Every document also passes the validator on its own.
    const docs = documentsOf(join(VALID, name));
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) expect(validateDocument(doc)).toEqual([]);
  });

  it('keeps every optional field of the all-fields department', async () => {
    const result = await lintFile(join(VALID, 'department-all-fields.yaml'));
    const dept = result.graph.departments[0]!;
    expect(dept).toMatchObject({
      id: 'zj.rz.amr', name: '润州区市场监督管理局', shortName: '区市场监管局', jurisdiction: 'zj.rz', level: 'district',
      counterparts: ['zj.amr', 'zj.health'],
      // An unquoted date stays a string: duty files are read with the YAML 1.2 core schema.
      source: { title: '润州区市场监督管理局职能配置、内设机构和人员编制规定', url: 'https://example.gov.cn/zj/rz/sanding/2019/amr.html', date: '2019-03-01' },
    });
    expect(dept.duties.map((d) => d.ref)).toEqual([
      'zj.rz.amr/food-safety-coordination', 'zj.rz.amr/food-risk-monitoring', 'zj.rz.amr/school-canteen',
      'zj.rz.amr/industrial-license-review', 'zj.rz.amr/edible-farm-product-subsidy', 'zj.rz.amr/e-bike_quality.check',
    ]);
    expect(dept.duties[0]).toMatchObject({
      role: 'main', status: 'active', cascade: true, mandate: ['zj.amr/food-safety-coordination'],
      basis: ['中华人民共和国食品安全法 第六条'], budget: ['2024-213-05', '2024-213-06'], tags: ['食品安全', '综合协调'],
      ignore: [{ rule: 'overlap', reason: '区政府2021年第3号会议纪要明确由本局牵头' }],
      detail: '承担区食品安全委员会办公室日常工作，\n组织开展食品安全重大活动保障。\n',
    });
    expect(dept.duties[1]).toMatchObject({ role: 'support', lead: 'zj.rz.health/food-risk-monitoring' });
    expect(dept.duties[2]).toMatchObject({ role: 'lead', cascade: false });
    expect(dept.duties[3]).toMatchObject({ status: 'cancelled' });
    expect(dept.duties[4]).toMatchObject({ status: 'transferred', transferredTo: 'zj.rz.agri' });
    expect(dept.duties[5]).toMatchObject({ status: 'delegated', role: 'main' });
  });

  it('reads all three documents of a multi-document file', async () => {
    const result = await lintFile(join(VALID, 'multi-document.yaml'));
    expect(result.graph.departments.map((d) => d.id)).toEqual(['zj.rz.agri', 'zj.rz.amr']);
    expect(result.graph.divisions.map((d) => d.id)).toEqual(['rz-agri-vs-amr']);
    expect(result.summary).toMatchObject({ files: 1, departments: 2, duties: 2 });
  });

  it('accepts every level in a .yml file', async () => {
    const result = await lintFile(join(VALID, 'levels.yml'));
    expect(result.graph.departments.map((d) => d.level).sort()).toEqual(
      ['county', 'district', 'municipal', 'national', 'provincial', 'township'],
    );
  });

  it('keeps traditional Chinese and English text as written', async () => {
    const tc = await lintFile(join(VALID, 'traditional-chinese.yaml'));
    expect(tc.graph.departments[0]!.name).toBe('臺北市政府衛生局');
    expect(tc.graph.duties.map((d) => d.title)).toEqual(['負責本市食品衛生安全管理、稽查及檢驗', '負責本市傳染病防治與預防接種業務']);
    const en = await lintFile(join(VALID, 'english.yaml'));
    expect(en.graph.duties[0]!.detail).toBe('Carries out programmed food hygiene interventions and responds to complaints about food premises.');
    expect(en.graph.duties[0]!.basis).toEqual(['Food Safety Act 1990, s.6']);
  });
});

interface Expected {
  line: number;
  column: number;
  pointer: string;
  message: string;
}

/** Each invalid fixture and the one `schema` finding it must produce (lang en). */
const INVALID_CASES: Record<string, Expected> = {
  'missing-name.yaml': { line: 2, column: 1, pointer: '', message: '(document) is missing the required field "name"' },
  'missing-duties.yaml': { line: 1, column: 1, pointer: '', message: '(document) is missing the required field "duties"' },
  'missing-kind.yaml': { line: 3, column: 1, pointer: '', message: '(document) is missing the required field "kind"' },
  'unknown-kind.yaml': { line: 1, column: 7, pointer: '/kind', message: 'kind must be one of department, division (got "agency")' },
  'not-a-mapping.yaml': { line: 1, column: 1, pointer: '', message: 'A document must be a mapping with a kind (got a list)' },
  'bad-department-id.yaml': {
    line: 2, column: 5, pointer: '/id',
    message: 'id must match ^[a-z0-9][a-z0-9._-]*$: lower-case letters, digits, ".", "_", "-" (got "ZJ.RZ.AMR")',
  },
  'bad-level.yaml': {
    line: 5, column: 8, pointer: '/level',
    message: 'level must be one of national, provincial, municipal, county, district, township (got "区级")',
  },
  'bad-role.yaml': { line: 10, column: 11, pointer: '/duties/1/role', message: 'duties[1].role must be one of main, lead, support (got "牵头")' },
  'cascade-not-boolean.yaml': { line: 8, column: 14, pointer: '/duties/0/cascade', message: 'duties[0].cascade must be of type boolean (got "yes")' },
  'counterpart-not-a-string.yaml': { line: 5, column: 24, pointer: '/counterparts/1', message: 'counterparts[1] must be of type string (got 42)' },
  'duties-not-a-list.yaml': { line: 5, column: 9, pointer: '/duties', message: 'duties must be of type array (got "负责全区大气污染防治监督管理")' },
  'duty-missing-title.yaml': { line: 6, column: 5, pointer: '/duties/0', message: 'duties[0] is missing the required field "title"' },
  'empty-title.yaml': { line: 7, column: 12, pointer: '/duties/0/title', message: 'duties[0].title must not be empty' },
  'ignore-without-reason.yaml': {
    line: 9, column: 9, pointer: '/duties/0/ignore/0', message: 'duties[0].ignore[0] is missing the required field "reason"',
  },
  'mandate-not-a-duty-ref.yaml': {
    line: 11, column: 9, pointer: '/duties/0/mandate/1',
    message: 'duties[0].mandate[1] must match ^[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._-]*$: lower-case letters, digits, ".", "_", "-" (got "zj.env")',
  },
  'division-one-party.yaml': { line: 6, column: 3, pointer: '/parties', message: 'parties must have at least 2 items' },
  'division-party-without-department.yaml': {
    line: 7, column: 5, pointer: '/parties/1', message: 'parties[1] is missing the required field "department"',
  },
  'second-document.yaml': {
    line: 12, column: 9, pointer: '/duties/0/id',
    message: 'duties[0].id must match ^[a-z0-9][a-z0-9._-]*$: lower-case letters, digits, ".", "_", "-" (got "Food_Safety")',
  },
};

/** Unknown fields: the place and the start of the message (the allowed fields are checked below). */
const UNKNOWN_FIELD_CASES: Record<string, Expected> = {
  'unknown-department-field.yaml': { line: 5, column: 1, pointer: '/parent', message: '(document) has an unknown field "parent"' },
  'unknown-duty-field.yaml': { line: 7, column: 5, pointer: '/duties/0/titel', message: 'duties[0] has an unknown field "titel"' },
};

/** Flow mappings inside block sequences: js-yaml wraps them in an extra node. */
const FLOW_IN_BLOCK: Record<string, Expected> = {
  'bad-status.yaml': {
    line: 6, column: 56, pointer: '/duties/0/status',
    message: 'duties[0].status must be one of active, cancelled, delegated, transferred (got "abolished")',
  },
};

describe('invalid fixtures', () => {
  it('every invalid fixture has an expectation', () => {
    expect(yamlFiles(INVALID)).toEqual(
      Object.keys({ ...INVALID_CASES, ...UNKNOWN_FIELD_CASES, ...FLOW_IN_BLOCK }).sort(),
    );
  });

  it.each(Object.entries(INVALID_CASES))('%s gives one schema finding at the offending node', async (name, want) => {
    const result = await lintFile(join(INVALID, name));
    expect(result.findings.map(({ rule, severity, file, line, column, pointer, message }) => ({ rule, severity, file, line, column, pointer, message })))
      .toEqual([{ rule: 'schema', severity: 'error', file: name, ...want }]);
    expect(result.summary).toMatchObject({ errors: 1, warnings: 0, infos: 0 });
  });

  it.each(Object.entries(UNKNOWN_FIELD_CASES))('%s gives one schema finding at the unknown key', async (name, want) => {
    const result = await lintFile(join(INVALID, name));
    expect(result.findings).toHaveLength(1);
    const f = result.findings[0]!;
    expect({ rule: f.rule, severity: f.severity, file: f.file, line: f.line, column: f.column, pointer: f.pointer })
      .toEqual({ rule: 'schema', severity: 'error', file: name, line: want.line, column: want.column, pointer: want.pointer });
    expect(f.message.startsWith(want.message)).toBe(true);
  });

  it('an unknown field lists the allowed fields', async () => {
    const result = await lintFile(join(INVALID, 'unknown-duty-field.yaml'));
    expect(result.findings[0]!.message).toBe(
      'duties[0] has an unknown field "titel" (allowed: id, title, detail, role, lead, mandate, basis, cascade, status, transferred_to, budget, tags, ignore)',
    );
  });

  it.each(Object.entries(FLOW_IN_BLOCK))('%s is placed at the offending node', async (name, want) => {
    const result = await lintFile(join(INVALID, name));
    expect(result.findings.map(({ line, column, pointer, message }) => ({ line, column, pointer, message }))).toEqual([want]);
  });

  it('still finds the error in a file with CRLF line endings and a BOM', async () => {
    const dir = writeCatalogue({
      'crlf-bom.yaml': '\ufeff' + [
        'kind: department', 'id: zj.rz.env', 'name: 润州区生态环境局', 'jurisdiction: zj.rz', 'duties:',
        '  - id: air-pollution', '    title: 负责全区大气污染防治监督管理', '    status: closed', '',
      ].join('\r\n'),
    });
    try {
      const result = await lintFile(join(dir, 'crlf-bom.yaml'));
      expect(result.findings.map(({ rule, line, column, pointer, message }) => ({ rule, line, column, pointer, message }))).toEqual([{
        rule: 'schema', line: 8, column: 13, pointer: '/duties/0/status',
        message: 'duties[0].status must be one of active, cancelled, delegated, transferred (got "closed")',
      }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a bad duty costs only itself: the department and its other duties are kept', async () => {
    const result = await lintFile(join(INVALID, 'bad-role.yaml'));
    expect(result.graph.departments.map((d) => d.id)).toEqual(['zj.rz.env']);
    expect(result.graph.duties.map((d) => d.ref)).toEqual(['zj.rz.env/air-pollution']);
  });

  it('renders schema messages in Chinese with lang zh, at the same place', async () => {
    const result = await lint({ paths: [join(INVALID, 'bad-role.yaml')], lang: 'zh', rules: SCHEMA_ONLY });
    expect(result.findings.map(({ line, column, message }) => ({ line, column, message })))
      .toEqual([{ line: 10, column: 11, message: 'duties[1].role 必须是 main、lead、support 之一（实际为 "牵头"）' }]);
  });
});

describe('a department with many bad duties', () => {
  const department = (duties: unknown[]) => ({ kind: 'department', id: 'x.d', name: '局', jurisdiction: 'x', level: 'city', duties });

  it('is checked duty by duty: each issue at its duty, after the department\'s own', () => {
    const issues = validateDocument(department([
      { id: 'ok', title: '负责事项' },
      { id: 'no-title' },
      { id: 'bad', title: '　', role: '牵头', mandat: ['a/b'] },
      { id: 'empty', title: '' },
      '负责一行字',
    ]));
    expect(issues.map(({ messageId, pointer, key, data }) => [messageId, pointer, key ?? data.path])).toEqual([
      ['schema.enum', '/level', 'level'],
      ['schema.required', '/duties/1', 'duties[1]'],
      ['schema.unknown-field.suggest', '/duties/2', 'mandat'],
      ['schema.blank', '/duties/2/title', 'duties[2].title'],
      ['schema.enum', '/duties/2/role', 'duties[2].role'],
      ['schema.empty', '/duties/3/title', 'duties[3].title'],
      ['schema.type', '/duties/4', 'duties[4]'],
    ]);
  });

  it('takes time in proportion to them (100,000 bad duties, 100,000 blank reasons)', () => {
    const many = 100_000;
    const issues = validateDocument({
      ...department(Array.from({ length: many }, (_, i) => ({ id: `d${i}` }))),
      level: 'municipal',
      ignore: Array.from({ length: many }, () => ({ rule: 'overlap', reason: '' })),
    });
    expect(issues).toHaveLength(2 * many);
    expect(issues[0]).toMatchObject({ messageId: 'schema.empty', pointer: '/ignore/0/reason' });
    expect(issues.at(-1)).toMatchObject({ messageId: 'schema.required', pointer: `/duties/${many - 1}` });
  });

  it('gets the same issues from the validators compiled at build time and from ajv at run time', () => {
    const built = createRequire(import.meta.url)(join(ROOT, 'dist', 'validators.cjs')) as Record<string, ValidateFunction>;
    const ajv = new Ajv(AJV_OPTIONS);
    for (const name of SCHEMA_NAMES) ajv.addSchema(readSchema(`${name}.schema.json`), name);
    const errors = (v: ValidateFunction, data: unknown) => (v(data), (v.errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params })));
    const bad = { kind: 'department', id: 'X', name: '', duties: [{ id: 'a', title: ' ', role: 'x' }], extra: 1 };
    for (const name of SCHEMA_NAMES) expect(errors(built[name]!, bad)).toEqual(errors(ajv.getSchema(name)!, bad));
    expect(errors(built.duty!, bad.duties[0])).toEqual(errors(ajv.getSchema(DUTY_SCHEMA_REF)!, bad.duties[0]));
    expect(errors(built.duty!, bad.duties[0]).map((e) => e.keyword)).toEqual(['pattern', 'enum']);
  });
});

describe('the JSON Schemas in schemas/', () => {
  const names = readdirSync(SCHEMAS).filter((f) => f.endsWith('.json')).sort();

  it('are the three schemas of the contract, and the JSON report\'s', () => {
    expect(names).toEqual(['config.schema.json', 'department.schema.json', 'division.schema.json', 'report.schema.json']);
  });

  it.each(names)('%s is a valid draft-07 schema that ajv compiles in strict mode', (name) => {
    const schema = readSchema(name);
    expect(schema.$schema).toBe(DRAFT_07);
    const ajv = new Ajv({ strict: true, allErrors: true });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('the department schema keeps every FORMAT.md field and requires exactly the required ones', () => {
    const dept = readSchema('department.schema.json') as {
      required: string[]; properties: Record<string, { enum?: string[] }>;
      definitions: { duty: { required: string[]; properties: Record<string, { enum?: string[] }> } };
    };
    expect([...dept.required].sort()).toEqual(['duties', 'id', 'jurisdiction', 'kind', 'name']);
    expect(Object.keys(dept.properties)).toEqual(expect.arrayContaining(
      ['kind', 'id', 'name', 'short_name', 'jurisdiction', 'level', 'counterparts', 'source', 'duties'],
    ));
    expect(dept.properties.level!.enum).toEqual(['national', 'provincial', 'municipal', 'county', 'district', 'township']);
    const duty = dept.definitions.duty;
    expect([...duty.required].sort()).toEqual(['id', 'title']);
    expect(Object.keys(duty.properties)).toEqual(expect.arrayContaining([
      'id', 'title', 'detail', 'role', 'lead', 'mandate', 'basis', 'cascade', 'status', 'transferred_to', 'budget', 'tags', 'ignore',
    ]));
    expect(duty.properties.role!.enum).toEqual(['main', 'lead', 'support']);
    expect(duty.properties.status!.enum).toEqual(['active', 'cancelled', 'delegated', 'transferred']);
  });

  it('the division schema requires two or more parties', () => {
    const div = readSchema('division.schema.json') as { required: string[]; properties: { parties: { minItems: number } } };
    expect([...div.required].sort()).toEqual(['id', 'jurisdiction', 'kind', 'parties', 'subject']);
    expect(div.properties.parties.minItems).toBe(2);
  });
});

describe('the config schema', () => {
  it('names exactly the rules of FORMAT.md, each with the options it declares (written by scripts/update-config-schema.mjs)', () => {
    const config = readSchema('config.schema.json') as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(config.properties.rules.properties)).toEqual([...RULE_IDS]);
    expect(config.properties.rules).toEqual(rulesSchema(RULES));
  });

  it('takes a rule\'s own options only for that rule', () => {
    expect(validate('config', { rules: { overlap: { severity: 'warn', threshold: 0.6 } } })).toEqual([]);
    // Said as what is wrong inside the object, not as "must be one of off, info, warn, error".
    expect(validate('config', { rules: { 'mandate-gap': { severity: 'warn', threshold: 0.6 } } })).toEqual([
      expect.objectContaining({ messageId: 'schema.unknown-field', pointer: '/rules/mandate-gap', key: 'threshold', data: expect.objectContaining({ allowed: ['severity'] }) }),
    ]);
  });

  it('accepts a full config and the example config', () => {
    expect(validate('config', {
      include: ['zj/**/*.yaml'], exclude: ['**/drafts/**'], lang: 'zh',
      matching: { threshold: 0.6, mandate_threshold: 0.3 },
      rules: { overlap: 'warn', 'unfunded-duty': { severity: 'info' }, 'multiple-leads': { severity: 'error', threshold: 0.7 } },
    })).toEqual([]);
    expect(validate('config', {})).toEqual([]);
    const example = yaml.load(readFileSync(join(ROOT, 'examples', 'zhenjiang', 'duty-lint.config.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA });
    expect(validate('config', example)).toEqual([]);
  });

  it('rejects an unknown rule id', () => {
    const issues = validate('config', { rules: { 'no-such-rule': 'warn' } });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.pointer.startsWith('/rules'))).toBe(true);
  });

  it('rejects a bad severity, as a string and inside an object', () => {
    // The first issue is the one the CLI reports.
    expect(validate('config', { rules: { overlap: 'loud' } })[0]).toMatchObject({ messageId: 'schema.enum', pointer: '/rules/overlap' });
    expect(validate('config', { rules: { overlap: { severity: 'fatal' } } })).toEqual([
      expect.objectContaining({ messageId: 'schema.enum', pointer: '/rules/overlap/severity' }),
    ]);
    expect(validate('config', { rules: { overlap: 2 } }).length).toBeGreaterThan(0);
  });

  it('rejects an unknown top-level key and an out-of-range threshold', () => {
    expect(validate('config', { inclde: ['**/*.yaml'] })).toEqual([
      expect.objectContaining({ messageId: 'schema.unknown-field.suggest', pointer: '', key: 'inclde', data: expect.objectContaining({ suggestion: 'include' }) }),
    ]);
    expect(validate('config', { matching: { threshold: 1.5 } })).toEqual([
      expect.objectContaining({ messageId: 'schema.range', pointer: '/matching/threshold' }),
    ]);
  });
});
