import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, MAX_PER_SEVERITY } from '../../src/formats/github.js';
import { formatGitlab, type CodeQualityIssue } from '../../src/formats/gitlab.js';
import { formatJunit } from '../../src/formats/junit.js';
import { FINGERPRINT_KEY, formatSarif, MAX_RESULTS } from '../../src/formats/sarif.js';
import { lint, reportInput, RULES, type Finding, type LintResult, type ReportInput, type Severity } from '../../src/index.js';
import { cachedRuns, EXAMPLE as EXAMPLE_PATH } from '../helpers.js';

/*
 * The formats for code hosts and CI: sarif, github, gitlab, junit. Golden files of the example
 * catalogue (review their diff like code when an output changes on purpose: rerun with `-u`);
 * SARIF against the SARIF 2.1.0 JSON Schema; each format's escaping, caps and fingerprints on
 * crafted findings; paths relative to the repository root through the library.
 */

const EXAMPLE = 'examples/zhenjiang';
const FORMATS = [
  { name: 'sarif', golden: 'lint-sarif.json' },
  { name: 'github', golden: 'lint-github.txt' },
  { name: 'gitlab', golden: 'lint-gitlab.json' },
  { name: 'junit', golden: 'lint-junit.xml' },
] as const;

const run = cachedRuns();

describe.concurrent('the CI formats on the example catalogue', () => {
  it.for(FORMATS)('--format $name matches its golden file', async ({ name, golden }, { expect }) => {
    const r = await run([EXAMPLE, '--format', name]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    await expect(r.stdout).toMatchFileSnapshot(`./__golden__/${golden}`);
  });
});

/*
 * The schema: no npm package ships OASIS's sarif-schema-2.1.0.json; @microsoft/jest-sarif
 * ships the SARIF TC's 2.1.0 RTM schema (sarif-2.1.0-rtm.5, SchemaStore's), which the OASIS
 * file (errata01) differs from only by `type: string` beside enums, a `language` pattern and
 * region's anyOf(startLine, charOffset, byteOffset). It is draft-04; the keywords it uses mean
 * the same in draft-07, which the first test checks, so Ajv validates it as draft-07 once its
 * draft-04 `id` is `$id`.
 */
const require = createRequire(import.meta.url);
const SARIF_SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
const SAME_IN_DRAFT_07 = new Set([
  'title', 'description', 'default', 'type', 'enum', 'properties', 'additionalProperties', 'required', 'items',
  'minItems', 'uniqueItems', 'minimum', 'maximum', 'pattern', 'format', '$ref', 'anyOf', 'oneOf', 'definitions',
]);

/** The schema keywords used anywhere in a schema (not the names of properties and definitions). */
function keywords(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) keywords(s, out);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      out.add(key);
      if (key === 'properties' || key === 'definitions') for (const s of Object.values(value as object)) keywords(s, out);
      else if (key !== 'enum' && key !== 'default') keywords(value, out);
    }
  }
  return out;
}

let validateSarif: ValidateFunction;

beforeAll(() => {
  const { $schema: _draft04, id, ...rest } = SARIF_SCHEMA;
  // Patterns without the `u` flag: the RTM's `language` pattern has a stray `]`, a literal only there.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // A CommonJS module: its function is `default` of what Node's interop gives.
  ajvFormats.default(ajv);
  validateSarif = ajv.compile({ $id: id as string, ...rest });
});

function expectValidSarif(text: string): Log {
  const log = JSON.parse(text) as Log;
  expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 5), null, 2)).toBe(true);
  return log;
}

/**
 * The repository prefix of a path on the example: none while the CLI does not set one, the
 * catalogue's folder once it does (the repository root is the project's).
 */
function prefixOf(path: string, file: string): string {
  const prefix = path.slice(0, path.length - file.length);
  expect(['', `${EXAMPLE}/`]).toContain(prefix);
  return prefix;
}

function finding(f: Partial<Finding> & Pick<Finding, 'rule'>): Finding {
  return {
    severity: 'warn', messageId: f.rule, data: {}, message: `message of ${f.rule}`, file: 'a.yaml', line: 1, column: 1, pointer: '',
    fingerprint: `fp-${f.rule}-${f.line ?? 1}`, ...f,
  };
}

function input(findings: Finding[], extra: Partial<ReportInput> = {}): ReportInput {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    findings, rules: RULES, lang: 'en', color: false, displayRoot: '', tool: { name: 'duty-lint', version: '9.9.9' },
    catalogue: { name: 'c', governments: [], departments: [], duties: {}, coverage: [] },
    summary: { files: 1, departments: 0, duties: 0, errors: count('error'), warnings: count('warn'), infos: count('info'), suppressed: 0 },
    ...extra,
  };
}

const EVIL = 'A <script>alert("x")</script> & \'q\' 100% done,\r\nnext: line\u0001\u0007 \ud800';

const HOSTILE = [
  finding({ rule: 'yaml-syntax', severity: 'error', file: '部门/a b:c,d#e?.yaml', line: 7, column: 3, message: `Invalid YAML: ${EVIL}` }),
  finding({
    rule: 'overlap', line: 3, department: 'hx.a', duty: 'hx.a/x', score: 0.6, terms: ['监督', EVIL], inferred: true, message: `Overlaps: ${EVIL}`,
    related: [
      { department: 'hx.b', duty: 'hx.b/y', file: 'b.yaml', line: 4, column: 5 },
      { division: 'a-vs-b', file: 'divisions.yaml', line: 1, column: 1 },
      { department: 'hx.c', file: 'c.yaml', line: 1, column: 1 },
    ],
  }),
  finding({ rule: 'mandate-gap', line: 9, department: 'hx.ls.a', duty: 'hx.a/z', nearest: { duty: 'hx.ls.a/w', score: 0.3 } }),
  finding({ rule: 'my-own-rule', severity: 'info', line: 12 }),
];

let example: LintResult;
beforeAll(async () => {
  example = await lint({ paths: [EXAMPLE_PATH] });
});

describe('--format sarif', () => {
  it('uses only keywords that mean the same in draft-04 and draft-07, and rejects a log that lacks what it requires', () => {
    expect([...keywords(SARIF_SCHEMA)].filter((k) => !SAME_IN_DRAFT_07.has(k)).sort()).toEqual(['$schema', 'id']);
    const log = JSON.parse(formatSarif(input(HOSTILE))) as Log;
    expect(validateSarif(log)).toBe(true);
    const mutants: Array<(l: Log) => void> = [
      (l) => { delete (l as Partial<Log>).version; },
      (l) => { delete (l.runs[0]!.tool.driver as { name?: string }).name; },
      (l) => { delete (l.runs[0]!.results![0] as { message?: unknown }).message; },
      (l) => { l.runs[0]!.results![0]!.level = 'fatal' as 'error'; },
      (l) => { l.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0; },
      (l) => { l.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = 'a b.yaml'; },
    ];
    for (const mutate of mutants) {
      const copy = structuredClone(log);
      mutate(copy);
      expect(validateSarif(copy)).toBe(false);
    }
  });

  it('is valid SARIF 2.1.0 on the example, with every rule and a result per finding', async () => {
    const r = await run([EXAMPLE, '--format', 'sarif']);
    const log = expectValidSarif(r.stdout);
    const json = JSON.parse((await run([EXAMPLE, '--format', 'json'])).stdout) as { findings: Finding[] };
    const [sarifRun] = log.runs;
    expect(log.runs).toHaveLength(1);
    expect(sarifRun!.tool.driver.rules!.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(sarifRun!.results!.map((res) => [res.ruleId, res.message.text, res.partialFingerprints![FINGERPRINT_KEY]]))
      .toEqual(json.findings.map((f) => [f.rule, f.message, f.fingerprint]));
    expect(sarifRun!.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('is valid for hostile names and texts: URIs percent-encoded per segment, related locations named, properties kept', () => {
    for (const lang of ['en', 'zh'] as const) {
      const log = expectValidSarif(formatSarif(input(HOSTILE, { lang, repositoryPrefix: 'gov/目录/' })));
      const [yaml, overlap, gap, own] = log.runs[0]!.results!;
      expect(yaml!.locations![0]!.physicalLocation).toEqual({
        artifactLocation: { uri: 'gov/%E7%9B%AE%E5%BD%95/%E9%83%A8%E9%97%A8/a%20b%3Ac%2Cd%23e%3F.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 7, startColumn: 3 },
      });
      expect(yaml!.message.text).toBe(`Invalid YAML: ${EVIL}`);
      expect(overlap!.relatedLocations!.map((l) => l.message!.text)).toEqual(lang === 'en'
        ? ['duty hx.b/y', 'division a-vs-b', 'department hx.c']
        : ['职责 hx.b/y', '职责分工 a-vs-b', '部门 hx.c']);
      expect(overlap!.relatedLocations![0]!.physicalLocation!.artifactLocation!.uri).toBe('gov/%E7%9B%AE%E5%BD%95/b.yaml');
      expect(overlap!.properties).toEqual({ department: 'hx.a', duty: 'hx.a/x', score: 0.6, terms: ['监督', EVIL], inferred: true });
      expect(gap!.properties).toEqual({ department: 'hx.ls.a', duty: 'hx.a/z', nearest: { duty: 'hx.ls.a/w', score: 0.3 } });
      // A rule the run does not describe has a ruleId and no ruleIndex.
      expect(own).toMatchObject({ ruleId: 'my-own-rule', level: 'note' });
      expect(own!.ruleIndex).toBeUndefined();
      expect(overlap!.ruleIndex).toBe(RULES.findIndex((rule) => rule.id === 'overlap'));
      expect(log.runs[0]!.language).toBe(lang);
    }
  });

  it('describes each rule in the run\'s language, with both languages in its properties', () => {
    const zh = expectValidSarif(formatSarif(input([], { lang: 'zh' }))).runs[0]!.tool.driver.rules!;
    const overlap = zh.find((r) => r.id === 'overlap')!;
    expect(overlap).toMatchObject({
      name: 'Overlap',
      shortDescription: { text: RULES.find((r) => r.id === 'overlap')!.description.zh },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['职责交叉'], kind: { en: 'overlap', zh: '职责交叉' } },
    });
    expect(overlap.help!.text).toContain('ignore: [{rule: overlap, reason: …}]');
    expect(overlap.help!.text).toContain('duty-lint explain');
    expect(zh.find((r) => r.id === 'yaml-syntax')!.help!.text).not.toContain('duty-lint explain');
    expect(zh.find((r) => r.id === 'dangling-reference')!.name).toBe('DanglingReference');
    expect(zh.find((r) => r.id === 'unfunded-duty')!.defaultConfiguration).toEqual({ level: 'none' });
  });

  it(`keeps at most ${MAX_RESULTS} results, the most severe, and says how many it left out`, () => {
    const severities: Severity[] = ['info', 'warn', 'error'];
    const many = Array.from({ length: MAX_RESULTS + 1000 }, (_, i) => finding({
      rule: 'overlap', severity: severities[i % 3]!, line: i + 1, fingerprint: 'same',
    }));
    const log = expectValidSarif(formatSarif(input(many)));
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(MAX_RESULTS);
    // Every error and warning is kept, infos fill the rest; in report order.
    const count = (level: string) => results.filter((r) => r.level === level).length;
    const errors = many.filter((f) => f.severity === 'error').length;
    const warnings = many.filter((f) => f.severity === 'warn').length;
    expect([count('error'), count('warning'), count('note')]).toEqual([errors, warnings, MAX_RESULTS - errors - warnings]);
    const lines = results.map((r) => r.locations![0]!.physicalLocation!.region!.startLine!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(new Set(results.map((r) => r.partialFingerprints![FINGERPRINT_KEY])).size).toBe(MAX_RESULTS);
    expect(log.runs[0]!.invocations).toEqual([{
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: 'warning', message: { text: expect.stringMatching(/^1000 of 26000 results left out: GitHub code scanning takes at most 25,000 per run/) } }],
    }]);
  });
});

describe('--format github', () => {
  it('escapes messages and property values as the runner unescapes them', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    const out = formatGithub(input([finding({ rule: 'yaml-syntax', severity: 'error', file: 'x:1,y.yaml', line: 7, column: 3, message: '50% off\nsecond line' })], { repositoryPrefix: 'cat/' }));
    expect(out.split('\n')[1]).toBe('::error file=cat/x%3A1%2Cy.yaml,line=7,col=3,title=duty-lint yaml-syntax::50%25 off%0Asecond line');
    // One command a line: no raw line break gets through.
    expect(formatGithub(input(HOSTILE)).trimEnd().split('\n')).toHaveLength(1 + HOSTILE.length);
  });

  it('writes a notice with the counts, then errors, warnings and infos, each in report order', () => {
    const findings = [
      finding({ rule: 'overlap', severity: 'info', line: 1 }),
      finding({ rule: 'overlap', severity: 'warn', line: 2 }),
      finding({ rule: 'schema', severity: 'error', line: 3 }),
      finding({ rule: 'overlap', severity: 'warn', line: 4 }),
    ];
    expect(formatGithub(input(findings))).toBe([
      '::notice title=duty-lint::duty-lint: 4 problems (1 error, 2 warnings, 1 info)',
      '::error file=a.yaml,line=3,col=1,title=duty-lint schema::message of schema',
      '::warning file=a.yaml,line=2,col=1,title=duty-lint overlap::message of overlap',
      '::warning file=a.yaml,line=4,col=1,title=duty-lint overlap::message of overlap',
      '::notice file=a.yaml,line=1,col=1,title=duty-lint overlap::message of overlap',
      '',
    ].join('\n'));
    expect(formatGithub(input([], { lang: 'zh' }))).toBe('::notice title=duty-lint::duty-lint: 没有问题\n');
  });

  it(`annotates at most ${MAX_PER_SEVERITY} findings of each severity and says how many it left out`, () => {
    const many = [
      ...Array.from({ length: MAX_PER_SEVERITY + 7 }, (_, i) => finding({ rule: 'overlap', line: i + 1 })),
      ...Array.from({ length: 3 }, (_, i) => finding({ rule: 'schema', severity: 'error', line: i + 1 })),
    ];
    const lines = formatGithub(input(many)).trimEnd().split('\n');
    expect(lines[0]).toBe(`::notice title=duty-lint::duty-lint: ${many.length} problems (3 errors, ${MAX_PER_SEVERITY + 7} warnings, 0 infos); 7 more not annotated (over ${MAX_PER_SEVERITY} of one severity): the JSON or SARIF report has every finding`);
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(MAX_PER_SEVERITY);
    expect(lines.at(-1)).toContain(`line=${MAX_PER_SEVERITY},`);
  });
});

describe('--format gitlab', () => {
  /** The fields GitLab's Code Quality report requires (docs.gitlab.com, "Code Quality report format"). */
  const ISSUES = new Ajv({ strict: true }).compile<CodeQualityIssue[]>({
    type: 'array',
    items: {
      type: 'object',
      required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
      properties: {
        description: { type: 'string', minLength: 1 },
        check_name: { type: 'string', minLength: 1 },
        fingerprint: { type: 'string', minLength: 1 },
        severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
        location: {
          type: 'object',
          required: ['path', 'lines'],
          properties: {
            path: { type: 'string', minLength: 1, not: { pattern: '^/' } },
            lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
          },
        },
      },
    },
  });

  function issues(text: string): CodeQualityIssue[] {
    const parsed = JSON.parse(text) as unknown;
    expect(ISSUES(parsed), JSON.stringify(ISSUES.errors)).toBe(true);
    return parsed as CodeQualityIssue[];
  }

  it('has the required fields and unique fingerprints on the example, one issue per finding', async () => {
    const [gitlab, json] = await Promise.all([run([EXAMPLE, '--format', 'gitlab']), run([EXAMPLE, '--format', 'json'])]);
    const got = issues(gitlab.stdout);
    const findings = (JSON.parse(json.stdout) as { findings: Finding[] }).findings;
    expect(got.map((i) => [i.check_name, i.description, i.location.lines.begin])).toEqual(findings.map((f) => [f.rule, f.message, f.line]));
    expect(new Set(got.map((i) => i.fingerprint)).size).toBe(got.length);
    expect(new Set(got.map((i) => i.severity))).toEqual(new Set(['major', 'minor', 'info']));
  });

  it('makes shared fingerprints unique, the same way on every run', () => {
    const findings = [
      finding({ rule: 'schema', severity: 'error', line: 1, fingerprint: 'abc' }),
      finding({ rule: 'schema', severity: 'error', line: 2, fingerprint: 'abc' }),
      finding({ rule: 'overlap', line: 3, fingerprint: 'abc-2' }),
      finding({ rule: 'schema', severity: 'error', line: 4, fingerprint: 'abc' }),
    ];
    const text = formatGitlab(input(findings, { repositoryPrefix: 'cat/' }));
    const got = issues(text);
    expect(got.map((i) => i.fingerprint)).toEqual(['abc', 'abc-2', 'abc-2-2', 'abc-3']);
    expect(got[0]).toEqual({ description: 'message of schema', check_name: 'schema', fingerprint: 'abc', severity: 'major', location: { path: 'cat/a.yaml', lines: { begin: 1 } } });
    expect(formatGitlab(input(findings, { repositoryPrefix: 'cat/' }))).toBe(text);
  });
});

describe('--format junit', () => {
  // htmlEntities: character references (&#10;) decoded too, as an XML parser does.
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => ['testsuite', 'testcase'].includes(name) });
  type Case = { name: string; classname: string; failure: { message: string; type: string; '#text': string } };
  type Suites = { testsuites: { tests: string; failures: string; testsuite?: Array<{ name: string; tests: string; testcase: Case[] }> } };

  function parse(xml: string): Suites {
    expect(XMLValidator.validate(xml)).toBe(true);
    return parser.parse(xml) as Suites;
  }

  it('is well-formed on the example: a suite per file with findings, a failed case per finding', async () => {
    const [junit, json] = await Promise.all([run([EXAMPLE, '--format', 'junit']), run([EXAMPLE, '--format', 'json'])]);
    const findings = (JSON.parse(json.stdout) as { findings: Finding[] }).findings;
    const { testsuites } = parse(junit.stdout);
    expect(testsuites.tests).toBe(String(findings.length));
    const prefix = prefixOf(testsuites.testsuite![0]!.name, findings[0]!.file);
    expect(testsuites.testsuite!.map((s) => s.name)).toEqual([...new Set(findings.map((f) => prefix + f.file))]);
    expect(testsuites.testsuite!.flatMap((s) => s.testcase.map((c) => [c.classname, c.name, c.failure.type, c.failure.message])))
      .toEqual(findings.map((f) => [prefix + f.file, `org.duty-lint.${f.rule}`, f.severity, f.message]));
  });

  it('escapes markup, ampersands and quotes, keeps line ends, and replaces what XML forbids', () => {
    const xml = formatJunit(input(HOSTILE, { repositoryPrefix: 'cat/' }));
    expect(xml).not.toContain('<script>');
    for (const c of ['\u0001', '\u0007', '\ud800']) expect(xml).not.toContain(c);
    const suites = parse(xml).testsuites.testsuite!;
    const [yaml] = suites[0]!.testcase;
    const expected = 'Invalid YAML: A <script>alert("x")</script> & \'q\' 100% done,\r\nnext: line\ufffd\ufffd \ufffd';
    expect(yaml!.failure.message).toBe(expected);
    expect(yaml!.failure['#text']).toBe(`cat/部门/a b:c,d#e?.yaml:7:3: error yaml-syntax\n${expected}`);
    expect(suites[0]!.name).toBe('cat/部门/a b:c,d#e?.yaml');
  });

  it('is an empty list of suites when there is nothing to report', () => {
    expect(parse(formatJunit(input([]))).testsuites).toMatchObject({ tests: '0', failures: '0' });
  });
});

describe('paths relative to the repository root (ReportInput.repositoryPrefix)', () => {
  it('come before the catalogue-relative path in every CI format; none without a prefix', () => {
    const prefixed = reportInput(example, { repositoryPrefix: 'examples/zhenjiang/' });
    const plain = reportInput(example);
    const file = example.findings[0]!.file;
    expect(plain.repositoryPrefix).toBeUndefined();
    const sarif = expectValidSarif(formatSarif(prefixed)).runs[0]!.results!;
    expect(sarif[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(`examples/zhenjiang/${file}`);
    expect(formatGithub(prefixed)).toContain(`file=examples/zhenjiang/${file},`);
    expect((JSON.parse(formatGitlab(prefixed)) as CodeQualityIssue[])[0]!.location.path).toBe(`examples/zhenjiang/${file}`);
    expect(formatJunit(prefixed)).toContain(`<testsuite name="examples/zhenjiang/${file}"`);
    expect(formatGitlab(plain)).toContain(`"path": "${file}"`);
  });
});
