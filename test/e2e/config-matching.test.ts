import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/schema/validate.js';
import { ROOT, runCliAsync, temporaryFolders, type CliRun } from '../helpers.js';

/*
 * The matching keys of duty-lint.config.yaml, through the built CLI (`npm run build` first):
 * matching.mutual_threshold, synonyms and generic; and the config JSON Schema for them.
 */


const folders = temporaryFolders();
const catalogue = (files: Record<string, string>, config?: string) =>
  folders.catalogue(config === undefined ? files : { ...files, 'duty-lint.config.yaml': config });

/** A department of government x: `duties` as [id, title]. */
function department(id: string, name: string, duties: Array<[string, string]>): string {
  return ['kind: department', `id: ${id}`, `name: ${name}`, 'jurisdiction: x', 'duties:',
    ...duties.flatMap(([d, title]) => [`  - id: ${d}`, `    title: ${title}`]), ''].join('\n');
}

/** Departments of their own subjects, so the pairs under test stand out in the government's weights. */
const OTHERS = {
  'edu.yaml': department('x.edu', '某区教育局', [['d1', '负责全区中小学教师队伍建设，组织实施教师资格认定']]),
  'finance.yaml': department('x.finance', '某区财政局', [['d1', '负责全区国库集中收付管理，管理财政专户资金']]),
};

interface Finding { rule: string; severity: string; duty?: string; related?: Array<{ duty?: string }>; score?: number; terms?: string[] }
interface Report { findings: Finding[] }
interface PairJson {
  overlap?: { score: number };
  thresholds: { overlap: number; mutual: number; mandate: number };
  generic?: { a?: Record<string, unknown>; b?: Record<string, unknown> };
  terms: Array<{ term: string; weight: number; a?: string; b?: string }>;
  verdicts: Array<{ rule: string; fires: boolean; message: string }>;
}

async function lintJson(dir: string): Promise<Report> {
  const r = await runCliAsync([dir, '--format', 'json']);
  expect(r.code, r.stderr).not.toBe(2);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Report;
}
async function explainJson(dir: string, a: string, b: string): Promise<PairJson> {
  const r = await runCliAsync(['explain', a, b, '--in', dir, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as PairJson;
}
function overlapsOn(report: Report, ref: string): Finding[] {
  return report.findings.filter((f) => f.rule === 'overlap' && (f.duty === ref || f.related?.some((r) => r.duty === ref)));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A config error: exit 2, one line `duty-lint: <file>:<line>:<column>: …`, no stack trace, no report. */
function expectConfigError(run: CliRun, dir: string, line: number, column: number, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(new RegExp(`^duty-lint: ${escape(join(dir, 'duty-lint.config.yaml'))}:${line}:${column}: `));
  expect(run.stderr).toMatch(pattern);
}

describe.concurrent('matching.mutual_threshold', () => {
  // Two duties that share two things (游船, 巡查) and are each other's best match, at a score
  // between the default mutual threshold (0.25) and the threshold (0.45).
  const MUTUAL = {
    ...OTHERS,
    'culture.yaml': department('x.culture', '某区文化旅游局', [['boats', '负责湖区游船经营秩序管理和水域日常巡查'], ['library', '负责全区公共图书馆和文化馆的业务指导']]),
    'housing.yaml': department('x.housing', '某区住房城乡建设局', [['piers', '负责长江岸线码头设施的日常巡查和游船检验'], ['expropriation', '负责全区国有土地上房屋征收与补偿']]),
  };

  it('raising it stops a mutual low-score pair from being reported; explain shows the new threshold and why', async () => {
    const before = overlapsOn(await lintJson(catalogue(MUTUAL)), 'x.culture/boats');
    expect(before).toHaveLength(1);
    const score = before[0]!.score!;
    expect(score).toBeGreaterThanOrEqual(0.25);
    expect(score).toBeLessThan(0.45);
    const pair = await explainJson(catalogue(MUTUAL), 'x.culture/boats', 'x.housing/piers');
    expect(pair.verdicts[0]).toMatchObject({ rule: 'overlap', fires: true });
    expect(pair.verdicts[0]!.message).toMatch(/each is the other's best match/);

    // Just above the score: no longer reported.
    const raised = Math.round((score + 0.05) * 100) / 100;
    const dir = catalogue(MUTUAL, `matching:\n  mutual_threshold: ${raised}\n`);
    expect(overlapsOn(await lintJson(dir), 'x.culture/boats')).toEqual([]);
    const explained = await explainJson(dir, 'x.culture/boats', 'x.housing/piers');
    expect(explained.thresholds).toEqual({ overlap: 0.45, mutual: raised, mandate: 0.2 });
    expect(explained.overlap!.score).toBe(score);
    expect(explained.verdicts).toEqual([{
      rule: 'overlap', fires: false, message: `Score ${score} is below the mutual threshold ${raised} (and the threshold 0.45): not reported`,
    }]);

    // Just below it: still reported.
    const lowered = Math.round((score - 0.05) * 100) / 100;
    expect(overlapsOn(await lintJson(catalogue(MUTUAL, `matching:\n  mutual_threshold: ${lowered}\n`)), 'x.culture/boats')).toHaveLength(1);
  });

  it('stylish explain prints the configured mutual threshold', async () => {
    const dir = catalogue(MUTUAL, 'matching:\n  mutual_threshold: 0.4\n');
    const r = await runCliAsync(['explain', 'x.culture/boats', 'x.housing/piers', '--in', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\n  threshold 0.45 · mutual 0.4 · mandate 0.2\n');
  });

  it.each([
    ['above 1', '1.5', /matching\.mutual_threshold must be <= 1 \(got 1\.5\)/],
    ['negative', '-0.1', /matching\.mutual_threshold must be >= \S+ \(got -0\.1\)/],
    ['a string', 'high', /matching\.mutual_threshold must be of type number \(got "high"\)/],
    ['a quoted number', '"0.3"', /matching\.mutual_threshold must be of type number \(got "0\.3"\)/],
    ['a list', '[0.3]', /matching\.mutual_threshold must be of type number/],
  ])('must be a number in [0,1]: %s is a config error with file:line:column', async (_what, value, pattern) => {
    const dir = catalogue(MUTUAL, `# local settings\nmatching:\n  mutual_threshold: ${value}\n`);
    expectConfigError(await runCliAsync([dir]), dir, 3, 21, pattern);
    // explain reads the same config, and fails the same way.
    expectConfigError(await runCliAsync(['explain', 'x.culture/boats', '--in', dir]), dir, 3, 21, pattern);
  });
});

describe.concurrent('synonyms', () => {
  // 金湖带 is a local abbreviation of 金山湖滨水休闲带 that no built-in table knows.
  const PLACE = {
    ...OTHERS,
    'culture.yaml': department('x.culture', '某区文化旅游局', [['boats', '负责金山湖滨水休闲带游船经营秩序管理'], ['library', '负责全区公共图书馆和文化馆的业务指导']]),
    'housing.yaml': department('x.housing', '某区住房城乡建设局', [['piers', '负责金湖带游船码头设施维护'], ['expropriation', '负责全区国有土地上房屋征收与补偿']]),
  };
  const SYNONYMS = '# local names\nsynonyms:\n  - [金山湖滨水休闲带, 金湖带]\n';

  it('a local abbreviation declared there makes two duties match that otherwise do not', async () => {
    const plainDir = catalogue(PLACE);
    const plain = await explainJson(plainDir, 'x.culture/boats', 'x.housing/piers');
    expect(plain.overlap!.score).toBeLessThan(0.25);
    expect(plain.verdicts[0]).toMatchObject({ fires: false });
    expect(overlapsOn(await lintJson(plainDir), 'x.culture/boats')).toEqual([]);
    // Without the synonym, 金湖带 is a word of B alone.
    expect(plain.terms.find((t) => t.term === '金湖')).toEqual(expect.objectContaining({ b: 'title' }));
    expect(plain.terms.find((t) => t.term === '金湖')!.a).toBeUndefined();

    const dir = catalogue(PLACE, SYNONYMS);
    const withSynonym = await explainJson(dir, 'x.culture/boats', 'x.housing/piers');
    expect(withSynonym.overlap!.score).toBeGreaterThanOrEqual(0.45);
    expect(withSynonym.overlap!.score).toBeGreaterThan(plain.overlap!.score + 0.3);
    expect(withSynonym.verdicts).toEqual([expect.objectContaining({ rule: 'overlap', fires: true })]);
    // The full form is a term both duties hold now: B through its abbreviation.
    expect(withSynonym.terms.find((t) => t.term === '金山湖滨水休闲带')).toEqual(expect.objectContaining({ a: 'title', b: 'title' }));
    const found = overlapsOn(await lintJson(dir), 'x.culture/boats');
    expect(found).toEqual([expect.objectContaining({ severity: 'warn', score: withSynonym.overlap!.score })]);
    expect(found[0]!.terms).toEqual(expect.arrayContaining(['游船']));
  });

  it.each([
    ['a group that is a plain string', 'synonyms:\n  - 金湖带\n', 2, 5, /synonyms\[0\] must be of type array \(got "金湖带"\)/],
    ['a group of one form', 'synonyms:\n  - [金湖带]\n', 2, 5, /synonyms\[0\] must have at least 2 items/],
    ['not a list', 'synonyms: 金湖带\n', 1, 11, /synonyms must be of type array/],
    ['a form that is not a string', 'synonyms:\n  - [金山湖滨水休闲带, 12]\n', 2, 16, /synonyms\[0\]\[1\] must be of type string/],
  ])('%s is a config error with file:line:column', async (_what, config, line, column, pattern) => {
    const dir = catalogue(PLACE, config);
    expectConfigError(await runCliAsync([dir]), dir, line, column, pattern);
  });
});

describe.concurrent('generic', () => {
  // Two local lines, each carried word for word by two of seven departments: too few to be
  // boilerplate by themselves, so without the config they are overlaps.
  const RIVER = '落实河长制湖长制工作要求，做好责任河道巡查';
  const PROPOSALS = '承担区人大代表建议和政协委员提案办理联络工作';
  const LOCAL = {
    ...OTHERS,
    'water.yaml': department('x.water', '某区水利局', [['dikes', '负责全区水土保持和河道堤防工程建设管理'], ['river-chief', RIVER], ['proposals', PROPOSALS]]),
    'env.yaml': department('x.env', '某区生态环境局', [['air', '负责全区大气污染防治监督管理'], ['river-chief', RIVER]]),
    'agri.yaml': department('x.agri', '某区农业农村局', [['homestead', '负责全区农村宅基地改革和管理'], ['proposals', PROPOSALS]]),
    'hrss.yaml': department('x.hrss', '某区人社局', [['pension', '负责全区城乡居民基本养老保险经办']]),
    'sport.yaml': department('x.sport', '某区体育局', [['events', '负责全区体育赛事活动的组织和管理']]),
  };

  it('without it, the two local lines are overlaps', async () => {
    const report = await lintJson(catalogue(LOCAL));
    expect(overlapsOn(report, 'x.env/river-chief')).toHaveLength(1);
    expect(overlapsOn(report, 'x.agri/proposals')).toHaveLength(1);
  });

  it('a plain phrase and a /regex/ entry silence them; explain says each matches its pattern', async () => {
    const dir = catalogue(LOCAL, '# local boilerplate\ngeneric:\n  - 河长制湖长制\n  - /^承担.*提案办理/\n');
    const report = await lintJson(dir);
    expect(report.findings).toEqual([]);

    const river = await runCliAsync(['explain', 'x.water/river-chief', 'x.env/river-chief', '--in', dir]);
    expect(river.code).toBe(0);
    expect(river.stdout.split('\n').slice(0, 6)).toEqual([
      'A  x.water/river-chief  某区水利局 · x', `   ${RIVER}`, '   boilerplate: matches 河长制湖长制',
      'B  x.env/river-chief  某区生态环境局 · x', `   ${RIVER}`, '   boilerplate: matches 河长制湖长制',
    ]);
    expect(river.stdout).toMatch(/\nVerdict\n {2}overlap: x\.water\/river-chief is boilerplate, which no rule reports on\n$/);

    const proposals = await explainJson(dir, 'x.agri/proposals', 'x.water/proposals');
    expect(proposals.generic).toEqual({ a: { pattern: '^承担.*提案办理' }, b: { pattern: '^承担.*提案办理' } });
    expect(proposals.verdicts).toEqual([{ rule: 'overlap', fires: false, message: 'x.agri/proposals is boilerplate, which no rule reports on' }]);

    // A line of its own is untouched.
    const own = await runCliAsync(['explain', 'x.water/dikes', '--in', dir, '--format', 'json']);
    expect((JSON.parse(own.stdout) as { generic?: unknown }).generic).toBeUndefined();
  });

  it('each entry silences only what it matches', async () => {
    const phrase = await lintJson(catalogue(LOCAL, 'generic:\n  - 河长制湖长制\n'));
    expect(overlapsOn(phrase, 'x.env/river-chief')).toEqual([]);
    expect(overlapsOn(phrase, 'x.agri/proposals')).toHaveLength(1);
    const regex = await lintJson(catalogue(LOCAL, 'generic:\n  - /^承担.*提案办理/\n'));
    expect(overlapsOn(regex, 'x.env/river-chief')).toHaveLength(1);
    expect(overlapsOn(regex, 'x.agri/proposals')).toEqual([]);
  });

  it('a plain phrase is literal, not a regular expression', async () => {
    // As a regular expression 河长制.*湖长制 would match the line; as a phrase it is looked for word for word, and is not there.
    const report = await lintJson(catalogue(LOCAL, 'generic:\n  - 河长制.*湖长制\n'));
    expect(overlapsOn(report, 'x.env/river-chief')).toHaveLength(1);
  });

  it('a phrase is matched against the normalised title (traditional characters and full-width forms)', async () => {
    const report = await lintJson(catalogue(LOCAL, 'generic:\n  - 河長制湖長制\n'));
    expect(overlapsOn(report, 'x.env/river-chief')).toEqual([]);
  });

  it.each([
    ['an unclosed group', '"/(unclosed/"', /generic pattern \/\(unclosed\/ is not a valid regular expression: .*Unterminated group/],
    ['unknown flags', '"/abc/q"', /generic pattern \/abc\/q is not a valid regular expression: .*flags/i],
    ['an unquoted unclosed group', '/(unclosed/', /generic pattern \/\(unclosed\/ is not a valid regular expression/],
  ])('an invalid regex (%s) is a config error at that entry, with the regex error, exit 2, no stack trace', async (_what, entry, pattern) => {
    const dir = catalogue(LOCAL, `# local boilerplate\ngeneric:\n  - 河长制湖长制\n  - ${entry}\n`);
    expectConfigError(await runCliAsync([dir]), dir, 4, 5, pattern);
    expectConfigError(await runCliAsync(['explain', 'x.agri/proposals', '--in', dir]), dir, 4, 5, pattern);
  });

  it.each([
    ['not a list', 'generic: 河长制\n', 1, 10, /generic must be of type array \(got "河长制"\)/],
    ['an entry that is not a string', 'generic:\n  - 12\n', 2, 5, /generic\[0\] must be of type string \(got 12\)/],
  ])('%s is a config error with file:line:column', async (_what, config, line, column, pattern) => {
    const dir = catalogue(LOCAL, config);
    expectConfigError(await runCliAsync([dir]), dir, line, column, pattern);
  });
});

describe('the config JSON Schema (schemas/config.schema.json)', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'config.schema.json'), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: true, allErrors: true });
  const check = ajv.compile(schema);
  /** The published schema (for editors) and the CLI's validator agree on every case. */
  const accepts = (config: unknown) => {
    const published = check(config);
    const cli = validate('config', config).length === 0;
    expect(cli, JSON.stringify(config)).toBe(published);
    return published;
  };

  it('accepts matching.mutual_threshold, synonyms and generic', () => {
    expect(accepts({
      matching: { threshold: 0.5, mutual_threshold: 0.3, mandate_threshold: 0.25 },
      synonyms: [['金山湖滨水休闲带', '金湖带'], ['网络预约出租汽车', '网约车', '网约出租车']],
      generic: ['河长制湖长制', '/^承担.*提案办理/', '/交办的?其他/u'],
    })).toBe(true);
    expect(accepts({ matching: { mutual_threshold: 1 } })).toBe(true);
    expect(accepts({ synonyms: [], generic: [] })).toBe(true);
  });

  it('rejects wrong types and out-of-range values', () => {
    for (const bad of [
      { matching: { mutual_threshold: 1.5 } },
      { matching: { mutual_threshold: -0.1 } },
      { matching: { mutual_threshold: '0.3' } },
      { matching: { mutual_threshold: null } },
      { matching: { mutal_threshold: 0.3 } },
      { synonyms: '金湖带' },
      { synonyms: ['金湖带'] },
      { synonyms: [['金湖带']] },
      { synonyms: [['金山湖滨水休闲带', 12]] },
      { synonyms: [['金山湖滨水休闲带', '']] },
      { generic: '河长制' },
      { generic: [12] },
      { generic: [''] },
      { generic: { pattern: '河长制' } },
    ]) {
      expect(accepts(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('the CLI validator points at the offending node', () => {
    expect(validate('config', { matching: { mutual_threshold: 2 } })[0]).toMatchObject({ pointer: '/matching/mutual_threshold' });
    expect(validate('config', { synonyms: [['a', 'b'], ['c']] })[0]).toMatchObject({ pointer: '/synonyms/1' });
    expect(validate('config', { generic: ['ok', 3] })[0]).toMatchObject({ pointer: '/generic/1' });
  });

  it('describes the keys for editors', () => {
    const props = schema.properties as Record<string, { description?: string; properties?: Record<string, { description?: string }> }>;
    expect(props.matching!.properties!.mutual_threshold!.description).toMatch(/best match/);
    expect(props.synonyms!.description).toMatch(/full \(canonical\) form first/);
    expect(props.generic!.description).toMatch(/regular expression/);
  });
});
