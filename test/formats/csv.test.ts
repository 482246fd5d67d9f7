import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, formatCsv } from '../../src/formats/csv.js';
import { RULES, type Finding, type ReportCatalogue, type ReportInput } from '../../src/index.js';
import { cachedRuns } from '../helpers.js';

/*
 * `--format csv`: the golden files on the example catalogue (review their diff like code when
 * the output changes on purpose: rerun with `-u`), the rows against the JSON report of the
 * same run, and the formatter on its own for what the example does not hold.
 */

const EXAMPLE = 'examples/zhenjiang';
const BOM = '\uFEFF';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Rows by column name; the parser checks every record has as many fields as the header. */
const rows = (csv: string): Row[] => parse(csv, { bom: true, columns: true }) as Row[];

const run = cachedRuns();

describe.concurrent('--format csv on the example catalogue', () => {
  it.for(['zh', 'en'] as const)('matches its golden file (%s)', async (lang, { expect }) => {
    const r = await run([EXAMPLE, '--format', 'csv', '--lang', lang]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    await expect(r.stdout).toMatchFileSnapshot(`./__golden__/lint-csv-${lang}.csv`);
  });

  it.for(['zh', 'en'] as const)('has a BOM, the English header and one CRLF row per finding of the JSON report (%s)', async (lang, { expect }) => {
    const [csv, json] = await Promise.all([
      run([EXAMPLE, '--format', 'csv', '--lang', lang]),
      run([EXAMPLE, '--format', 'json', '--lang', lang]),
    ]);
    expect(csv.stdout.startsWith(BOM + CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    expect(csv.stdout.endsWith('\r\n')).toBe(true);
    const header = parse(csv.stdout, { bom: true, to_line: 1 }) as string[][];
    expect(header[0]).toEqual([...CSV_COLUMNS]);
    const findings = (JSON.parse(json.stdout) as { findings: Finding[] }).findings;
    const got = rows(csv.stdout);
    expect(got.map((r) => [r.rule, r.severity, r.file, r.line, r.column, r.fingerprint, r.message]))
      .toEqual(findings.map((f) => [f.rule, f.severity, f.file, String(f.line), String(f.column), f.fingerprint, f.message]));
  });

  it('--no-bom leaves the BOM out and nothing else', async ({ expect }) => {
    const [withBom, without] = await Promise.all([run([EXAMPLE, '--format', 'csv']), run([EXAMPLE, '--format', 'csv', '--no-bom'])]);
    expect(without.stdout.startsWith(CSV_COLUMNS[0])).toBe(true);
    expect(BOM + without.stdout).toBe(withBom.stdout);
  });

  it.for([
    ['zh', '职责交叉'],
    ['en', 'overlap'],
  ] as const)('keeps the Chinese intact and names kinds in the run\'s language (%s)', async ([lang, kind], { expect }) => {
    const got = rows((await run([EXAMPLE, '--format', 'csv', '--lang', lang])).stdout);
    const overlap = got.find((r) => r.duty === 'zj.rz.amr/food-risk-monitoring')!;
    expect(overlap).toMatchObject({
      rule: 'overlap', kind, government: 'zj.rz', department: 'zj.rz.amr', department_name: '润州区市场监督管理局',
      related_departments: 'zj.rz.health', related_duties: 'zj.rz.health/food-risk-monitoring',
      related_duty_texts: '负责全区食品安全风险监测评估，组织实施食品安全风险监测计划',
      score: '0.57', inferred: 'true', terms: '食品安全风险监测计划',
    });
    expect(overlap.duty_text).toMatch(/^[\u4e00-\u9fff，、]+$/);
    // A settled overlap names the division that settles it.
    expect(got.find((r) => r.duty === 'zj.agri/edible-farm-product-quality')?.related_divisions).toBe('zj-agri-vs-amr-edible-farm-products');
    // Findings outside any department leave the department's cells empty.
    expect(got.find((r) => r.rule === 'yaml-syntax')).toMatchObject({ government: '', department: '', department_name: '', duty: '', score: '' });
  });
});

const CATALOGUE: ReportCatalogue = {
  name: 'cat',
  governments: ['hx'],
  departments: [
    { id: 'hx.a', name: '甲局', jurisdiction: 'hx', file: 'a.yaml', counterparts: [], duties: 1 },
    { id: 'hx.b', name: '乙局', jurisdiction: 'hx', file: 'b.yaml', counterparts: [], duties: 2 },
  ],
  duties: {
    // Quotes, commas (both widths), a line break, a bare CR, `;`, and a BOM-like first character.
    'hx.a/x': { title: `${BOM}负责"统一"监督, 管理，协调\n第二行\r第三行; 其他`, department: 'hx.a' },
    'hx.b/y': { title: '=SUM(1,2) 看似公式', department: 'hx.b' },
    'hx.b/z': { title: 'Plain "quoted" text', department: 'hx.b' },
  },
  coverage: [],
};

const FINDINGS: Finding[] = [
  {
    rule: 'overlap', severity: 'warn', messageId: 'overlap', data: {}, message: '第一行\n"第二行", 完', file: 'a.yaml', line: 3, column: 5,
    pointer: '/duties/0', department: 'hx.a', duty: 'hx.a/x',
    related: [
      { department: 'hx.b', duty: 'hx.b/y', file: 'b.yaml', line: 3, column: 5 },
      { department: 'hx.b', duty: 'hx.b/z', file: 'b.yaml', line: 5, column: 5 },
      { division: 'a-vs-b', file: 'd.yaml', line: 1, column: 1 },
    ],
    score: 0.5, terms: ['监督', '管理'], inferred: true, fingerprint: 'f1',
  },
  { rule: 'yaml-syntax', severity: 'error', messageId: 'yaml-syntax', data: {}, message: 'bad', file: 'c.yaml', line: 1, column: 1, pointer: '', fingerprint: 'f0' },
];

const input = (extra: Partial<ReportInput> = {}): ReportInput => ({
  findings: FINDINGS, summary: { files: 3, departments: 2, duties: 3, errors: 1, warnings: 1, infos: 0, suppressed: 0 },
  rules: RULES, catalogue: CATALOGUE, lang: 'zh', color: false, displayRoot: '', tool: { name: 'duty-lint', version: '0' }, ...extra,
});

describe('formatCsv', () => {
  it('round-trips quotes, commas, line breaks and a leading BOM-like character through an RFC 4180 parser', () => {
    const [row, second] = rows(formatCsv(input()));
    expect(row).toEqual({
      rule: 'overlap', kind: '职责交叉', severity: 'warn', file: 'a.yaml', line: '3', column: '5',
      government: 'hx', department: 'hx.a', department_name: '甲局', duty: 'hx.a/x', duty_text: CATALOGUE.duties['hx.a/x']!.title,
      related_departments: 'hx.b', related_duties: 'hx.b/y\nhx.b/z',
      related_duty_texts: `${CATALOGUE.duties['hx.b/y']!.title}\n${CATALOGUE.duties['hx.b/z']!.title}`,
      related_divisions: 'a-vs-b', score: '0.5', inferred: 'true', terms: '监督\n管理', message: '第一行\n"第二行", 完', fingerprint: 'f1',
    });
    // The report's order, not a sorted one.
    expect(second).toMatchObject({ rule: 'yaml-syntax', kind: '文件错误', file: 'c.yaml', department: '', related_duties: '', inferred: '' });
  });

  it('leaves formula-like text as it is', () => {
    expect(formatCsv(input())).toContain('"=SUM(1,2) 看似公式');
  });

  it('starts with a BOM unless bom is false, and ends records with CRLF', () => {
    const header = CSV_COLUMNS.join(',') + '\r\n';
    expect(formatCsv(input({ findings: [] }))).toBe(BOM + header);
    expect(formatCsv(input({ findings: [], bom: true }))).toBe(BOM + header);
    expect(formatCsv(input({ findings: [], bom: false }))).toBe(header);
    const plain = formatCsv(input({ bom: false }));
    expect(plain.startsWith('rule,')).toBe(true);
    expect(rows(plain)).toEqual(rows(formatCsv(input())));
  });

  it('names kinds in the run\'s language and keeps the header English', () => {
    const en = formatCsv(input({ lang: 'en' }));
    expect(en.slice(1).startsWith(CSV_COLUMNS.join(','))).toBe(true);
    expect(rows(en).map((r) => r.kind)).toEqual(['overlap', 'file error']);
  });

  it('is deterministic', () => {
    expect(formatCsv(input())).toBe(formatCsv(input()));
  });
});
