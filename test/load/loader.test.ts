import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, RULE_IDS, type Finding, type SeveritySetting } from '../../src/index.js';
import { EXAMPLE, runCli, temporaryFolders } from '../helpers.js';

/*
 * Loading is tested through lint(), the library API: positions are those of the findings.
 * unfunded-duty (turned on at info) fires on every active duty without a budget line, so its
 * findings show where each duty is; schema and dangling-reference findings show where fields are.
 */

const { catalogue } = temporaryFolders();

const FILE_RULES: Record<string, SeveritySetting> = {
  ...Object.fromEntries(RULE_IDS.map((id) => [id, 'off' as const])),
  'yaml-syntax': 'error', schema: 'error', 'dangling-reference': 'error', 'unfunded-duty': 'info',
};

/** Lints one file, as the only file of a catalogue, with the rules that place findings on nodes. */
async function lintText(text: string, name = 'f.yaml'): Promise<Finding[]> {
  const dir = catalogue({ [name]: text });
  return (await lint({ paths: [dir], lang: 'en', rules: FILE_RULES })).findings;
}

/** A department document with the given duties block (already indented YAML text). */
function dept(id: string, duties: string, extra = ''): string {
  return `kind: department\nid: ${id}\nname: ${id}\njurisdiction: x\n${extra}duties:\n${duties}`;
}

/** Where each duty is: [duty id, line, column]. */
function dutyPlaces(findings: Finding[]): Array<[string, number, number]> {
  return findings.filter((f) => f.rule === 'unfunded-duty').map((f): [string, number, number] => [f.duty!.split('/')[1]!, f.line, f.column]);
}

/** Every other finding, by rule, place and pointer. */
function places(findings: Finding[]) {
  return findings.filter((f) => f.rule !== 'unfunded-duty').map(({ rule, line, column, pointer }) => ({ rule, line, column, pointer }));
}

describe('positions', () => {
  it('a duty in a block sequence is at the column of its first key', async () => {
    expect(dutyPlaces(await lintText(dept('a', '  - id: d1\n    title: T\n  -   id: d2\n      title: U\n')))).toEqual([['d1', 6, 5], ['d2', 8, 7]]);
    // A sequence that is not indented under its key.
    expect(dutyPlaces(await lintText(dept('a', '- id: d1\n  title: T\n')))).toEqual([['d1', 6, 3]]);
  });

  it('reference fields are placed where they stand, in block and flow sequences', async () => {
    const text = dept('a', '  - id: d1\n    title: T\n    budget: [b1]\n    mandate: [b/x, c/y]\n', 'counterparts:\n  - b\n  - c\n');
    expect(places(await lintText(text))).toEqual([
      { rule: 'dangling-reference', line: 6, column: 5, pointer: '/counterparts/0' },
      { rule: 'dangling-reference', line: 7, column: 5, pointer: '/counterparts/1' },
      { rule: 'dangling-reference', line: 12, column: 15, pointer: '/duties/0/mandate/0' },
      { rule: 'dangling-reference', line: 12, column: 20, pointer: '/duties/0/mandate/1' },
    ]);
  });

  it('flow style: duties in a flow sequence are at their opening brace, fields where they stand', async () => {
    const text = dept('a', '').replace('duties:\n', 'duties: [{id: d1, title: T}, { id: d2, title: U }]\n');
    expect(dutyPlaces(await lintText(text))).toEqual([['d1', 5, 10], ['d2', 5, 30]]);
    const bad = text.replace('title: U }', 'title: U, role: boss }');
    expect(places(await lintText(bad))).toEqual([{ rule: 'schema', line: 5, column: 56, pointer: '/duties/1/role' }]);
  });

  // js-yaml opens a wrapper node around a flow mapping in block context; positions look inside it.
  it('flow mapping in block context: a bad field is placed at the field', async () => {
    const text = dept('a', '  - {id: d1, title: T, role: boss}\n');
    expect(places(await lintText(text))).toEqual([{ rule: 'schema', line: 6, column: 30, pointer: '/duties/0/role' }]);
    const flat = '{kind: department, id: a, name: A, jurisdiction: x, level: city, duties: []}\n';
    expect(places(await lintText(flat))).toEqual([{ rule: 'schema', line: 1, column: 60, pointer: '/level' }]);
  });

  it('flow mapping in block context: the duty itself is at its opening brace', async () => {
    expect(dutyPlaces(await lintText(dept('a', '  - {id: d1, title: T}\n  - {id: d2, title: U}\n')))).toEqual([['d1', 6, 5], ['d2', 7, 5]]);
  });

  it('skips comments and blank lines before a node', async () => {
    const lines = [
      '# top comment', '', '# another', 'kind: department', 'id: a', 'name: A', 'jurisdiction: x', 'duties:',
      '  # a comment before the first duty', '', '  - id: d1 # trailing comment', '    title: T', '',
      '  # a comment before the second duty', '  - # a comment after the dash', '    id: d2', '    title: U',
      '  -', '    # a comment before a bad field', '', '    role: boss', '    id: d3', '    title: V', '',
    ];
    const findings = await lintText(lines.join('\n'));
    expect(dutyPlaces(findings)).toEqual([['d1', 11, 5], ['d2', 16, 5]]);
    expect(places(findings)).toEqual([{ rule: 'schema', line: 21, column: 11, pointer: '/duties/2/role' }]);
    // A document that misses a field is placed at its first key, after the comments above it.
    expect(places(await lintText('# comment\n\n# comment\nkind: department\nid: a\nname: A\njurisdiction: x\n')))
      .toEqual([{ rule: 'schema', line: 4, column: 1, pointer: '' }]);
  });

  it('multi-document files: the last document keeps its positions', async () => {
    const text = [
      '---', dept('a', '  - id: d1\n    title: T\n    budget: [b1]\n'), '---', '# second document',
      dept('b', '  - id: d2\n    title: U\n  - id: d3\n    title: V\n    role: boss\n'),
    ].join('\n');
    const findings = await lintText(text);
    expect(dutyPlaces(findings)).toEqual([['d2', 18, 5]]);
    expect(places(findings)).toEqual([{ rule: 'schema', line: 22, column: 11, pointer: '/duties/1/role' }]);
  });

  // Was a bug: in a document followed by `---`, js-yaml's listener adds a trailing null node to
  // the root mapping, which read key/value pairs off by one and put everything at the first line.
  it('multi-document files: positions in a document followed by ---', async () => {
    const text = [
      '---', dept('a', '  - id: d1\n    title: T\n    role: boss\n  - id: d2\n    title: U\n'), '---',
      dept('b', '  - id: d3\n    title: V\n'),
    ].join('\n');
    const findings = await lintText(text);
    expect(dutyPlaces(findings)).toEqual([['d2', 10, 5], ['d3', 19, 5]]);
    expect(places(findings)).toEqual([{ rule: 'schema', line: 9, column: 11, pointer: '/duties/0/role' }]);
  });

  it('an empty trailing document is ignored', async () => {
    const body = dept('a', '  - id: d1\n    title: T\n');
    for (const text of [`${body}---\n`, `${body}---\n# nothing here\n`, `${body}---\n...\n`]) {
      const findings = await lintText(text);
      expect(findings.map((f) => f.rule)).toEqual(['unfunded-duty']);
    }
    // An empty file, or one with only a comment, has nothing to say.
    expect(await lintText('')).toEqual([]);
    expect(await lintText('# nothing\n')).toEqual([]);
  });

  // Was a bug: the same trailing null node as above moved everything to 1:1.
  it('an empty trailing document does not move positions', async () => {
    const findings = await lintText(`${dept('a', '  - id: d1\n    title: T\n  - id: d2\n    title: U\n    role: boss\n')}---\n`);
    expect(dutyPlaces(findings)).toEqual([['d1', 6, 5]]);
    expect(places(findings)).toEqual([{ rule: 'schema', line: 10, column: 11, pointer: '/duties/1/role' }]);
  });

  it('CRLF line endings give the same lines and columns as LF', async () => {
    const lf = dept('a', '  - id: d1\n    title: T\n  - id: d2\n    title: U\n  - id: d3\n    title: V\n    role: boss\n');
    const crlf = await lintText(lf.replace(/\n/g, '\r\n'));
    expect(dutyPlaces(crlf)).toEqual([['d1', 6, 5], ['d2', 8, 5]]);
    expect(places(crlf)).toEqual([{ rule: 'schema', line: 12, column: 11, pointer: '/duties/2/role' }]);
    expect(crlf.map(({ line, column }) => [line, column])).toEqual((await lintText(lf)).map(({ line, column }) => [line, column]));
  });

  it('a BOM does not shift the first line', async () => {
    const bom = await lintText('\ufeff' + dept('a', '  - id: d1\n    title: T\n  - id: d2\n    title: U\n    role: boss\n'));
    expect(dutyPlaces(bom)).toEqual([['d1', 6, 5]]);
    expect(places(bom)).toEqual([{ rule: 'schema', line: 10, column: 11, pointer: '/duties/1/role' }]);
    expect(places(await lintText('\ufeffkind: departmen\nid: a\n'))).toEqual([{ rule: 'schema', line: 1, column: 7, pointer: '/kind' }]);
  });

  it('columns count UTF-16 code units: a CJK character is one column, an astral one two', async () => {
    const cjk = await lintText(dept('a', '  - id: d1\n    title: T\n    budget: [b]\n    basis: [法, 3]\n'));
    expect(places(cjk)).toEqual([{ rule: 'schema', line: 9, column: 16, pointer: '/duties/0/basis/1' }]);
    const astral = await lintText(dept('a', '  - id: d1\n    title: T\n    budget: [b]\n    basis: [𠮷, 3]\n'));
    expect(places(astral)).toEqual([{ rule: 'schema', line: 9, column: 17, pointer: '/duties/0/basis/1' }]);
  });
});

describe('yaml-syntax', () => {
  const BAD_INDENT = 'kind: department\nid: a\nduties:\n  - id: d1\n    title: T\n   role: main\n';

  it.each([
    ['bad indentation', BAD_INDENT, 6, 4, 'bad indentation of a list item: '],
    ['bad indentation, CRLF', BAD_INDENT.replace(/\n/g, '\r\n'), 6, 4, 'bad indentation of a list item: '],
    ['bad indentation, BOM', '\ufeff' + BAD_INDENT, 6, 4, 'bad indentation of a list item: '],
    // At the opening quote, not at the end of the file where the parser gave up.
    ['an unterminated quote', 'kind: department\nid: "a\n', 2, 5, 'the quoted text opened here (") is never closed'],
    ['a duplicated key', 'kind: department\nid: a\nid: b\n', 3, 1, 'the key "id" appears twice in this mapping'],
  ])('%s: line and column of the error', async (_name, text, line, column, reason) => {
    const findings = await lintText(text);
    expect(findings.map(({ rule, severity, file, line, column, pointer, message }) => ({ rule, severity, file, line, column, pointer, message })))
      .toEqual([{ rule: 'yaml-syntax', severity: 'error', file: 'f.yaml', line, column, pointer: '', message: expect.stringContaining(`Invalid YAML: ${reason}`) }]);
  });

  it('an error in a later document costs only that document, at the right line', async () => {
    const findings = await lintText(`${dept('a', '  - id: d1\n    title: T\n')}---\n${BAD_INDENT}`);
    expect(findings.map(({ rule, line, column }) => ({ rule, line, column }))).toEqual([
      { rule: 'unfunded-duty', line: 6, column: 5 },
      { rule: 'yaml-syntax', line: 14, column: 4 },
    ]);
  });

  it('the other files are still linted', async () => {
    const dir = catalogue({ 'bad.yaml': BAD_INDENT, 'good.yaml': dept('g', '  - id: d1\n    title: T\n') });
    const result = await lint({ paths: [dir], lang: 'en' });
    expect(result.findings.map(({ rule, file, line, column }) => ({ rule, file, line, column })))
      .toEqual([{ rule: 'yaml-syntax', file: 'bad.yaml', line: 6, column: 4 }]);
    expect(result.graph.departments.map((d) => d.id)).toEqual(['g']);
  });
});

describe('discovery', () => {
  const DEPT = dept('d', '  - id: d1\n    title: T\n');
  /** No finding at all, where each department's one duty has its own subject. */
  const TITLES = ['负责全区食品安全监督管理', '负责全区校园安全管理', '负责全区政府采购监督管理', '负责全区劳动人事争议调解仲裁', '负责全区大气污染防治', '负责全区物业服务行业监督管理'];
  const file = (id: string, i: number) => dept(id, `  - id: d1\n    title: ${TITLES[i]}\n`);

  it('searches folders for *.yaml and *.yml, skipping node_modules, .git and the config file', async () => {
    const dir = catalogue({
      'a.yaml': file('a', 0),
      'b.yml': file('b', 1),
      'sub/deep/c.yaml': file('c', 2),
      'notes.txt': 'not yaml',
      'README.md': '# readme',
      'data.json': '{}',
      'x.yaml.bak': 'kind: nonsense',
      'node_modules/pkg/d.yaml': 'kind: nonsense',
      'sub/node_modules/e.yml': 'kind: nonsense',
      '.git/f.yaml': 'kind: nonsense',
      'duty-lint.config.yaml': 'rules:\n  overlap: warn\n',
      'sub/duty-lint.config.yml': 'rules: nonsense\n',
    });
    const result = await lint({ paths: [dir] });
    expect(result.files).toEqual(['a.yaml', 'b.yml', 'sub/deep/c.yaml']);
    expect(result.findings).toEqual([]);
  });

  it('respects include and exclude from the config', async () => {
    const dir = catalogue({
      'duty-lint.config.yaml': 'include: ["depts/**/*.yaml", "extra/*.yml"]\nexclude: ["**/drafts/**", "depts/old.yaml"]\n',
      'depts/a.yaml': file('a', 0),
      'depts/old.yaml': 'kind: nonsense',
      'depts/drafts/b.yaml': 'kind: nonsense',
      'depts/sub/c.yaml': file('c', 1),
      'depts/d.yml': 'kind: nonsense',
      'extra/e.yml': file('e', 2),
      'other/f.yaml': 'kind: nonsense',
    });
    const result = await lint({ paths: [dir] });
    expect(result.files).toEqual(['depts/a.yaml', 'depts/sub/c.yaml', 'extra/e.yml']);
    expect(result.findings).toEqual([]);
  });

  it('lints a file named explicitly, even one the config excludes or does not include', async () => {
    const dir = catalogue({
      'duty-lint.config.yaml': 'include: ["depts/**/*.yaml"]\nexclude: ["**/drafts/**"]\n',
      'depts/a.yaml': DEPT,
      'depts/drafts/b.yaml': 'kind: nonsense\n',
      'other/c.yml': 'kind: nonsense\n',
    });
    const result = await lint({ paths: [join(dir, 'depts', 'drafts', 'b.yaml'), join(dir, 'other', 'c.yml')], lang: 'en' });
    expect(result.root).toBe(dir);
    // A partial run: the catalogue is read whole, the files named are reported on.
    expect(result.files).toEqual(['depts/a.yaml', 'depts/drafts/b.yaml', 'other/c.yml']);
    expect(result.reportedFiles).toEqual(['depts/drafts/b.yaml', 'other/c.yml']);
    expect(result.findings.map((f) => [f.file, f.rule])).toEqual([['depts/drafts/b.yaml', 'schema'], ['other/c.yml', 'schema']]);
  });

  it('paths are relative to the catalogue root (the config folder) when a subfolder is linted', async () => {
    const dir = catalogue({
      'duty-lint.config.yaml': 'rules:\n  overlap: warn\n',
      'zj/rz/a.yaml': DEPT.replace('id: d\n', 'id: a\n'),
      'zj/b.yaml': DEPT.replace('id: d\n', 'id: b\n'),
    });
    const result = await lint({ paths: [join(dir, 'zj', 'rz')] });
    expect(result.root).toBe(dir);
    expect(result.reportedFiles).toEqual(['zj/rz/a.yaml']);
    expect(result.summary.files).toBe(1);
  });

  it('sorts files by code unit, whatever the order on disk, and lists each once', async () => {
    const names = ['中文.yaml', 'z.yml', 'a/b.yaml', 'a.yaml', 'a-b.yaml', 'B.yaml'];
    const files: Record<string, string> = { 'duty-lint.config.yaml': 'rules: {}\n' };
    names.forEach((n, i) => { files[n] = DEPT.replace('id: d\n', `id: d${i}\n`); });
    const dir = catalogue(files);
    const result = await lint({ paths: [join(dir, 'a'), dir, join(dir, 'z.yml')] });
    expect(result.files).toEqual(['B.yaml', 'a-b.yaml', 'a.yaml', 'a/b.yaml', 'z.yml', '中文.yaml']);
  });

  it('the example catalogue: every duty file, sorted, and not its config', async () => {
    const result = await lint({ paths: [EXAMPLE] });
    const onDisk = walk(EXAMPLE).filter((f) => /\.ya?ml$/.test(f) && f !== 'duty-lint.config.yaml').sort();
    expect(result.files).toEqual(onDisk);
    expect(result.files).toHaveLength(21);
  });
});

describe('input files are never modified', () => {
  it('a lint, a JSON report and a graph leave every byte and every file as it was', () => {
    const dir = catalogue({
      'duty-lint.config.yaml': 'rules:\n  unfunded-duty: info\n',
      'a.yaml': dept('a', '  - id: d1\n    title: 负责全区食品安全监督管理\n    role: boss\n').replace(/\n/g, '\r\n'),
      'b.yaml': '\ufeff' + dept('b', '  - id: d1\n    title: 负责全区食品安全监督管理综合协调\n'),
      'bad.yml': 'kind: department\nid: a\nduties:\n  - id: d1\n    title: T\n   role: main\n',
      'multi.yaml': `${dept('c', '  - id: d1\n    title: 配合做好垃圾分类\n    role: support\n')}---\n`,
    });
    const before = snapshot(dir);
    expect(runCli([dir]).code).toBe(1);
    expect(runCli([dir, '--format', 'json']).code).toBe(1);
    expect(runCli(['graph', dir, '--format', 'json']).code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('nor are the files of the example catalogue', async () => {
    const before = snapshot(EXAMPLE);
    await lint({ paths: [EXAMPLE] });
    expect(snapshot(EXAMPLE)).toEqual(before);
  });
});

function walk(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else out.push(relative(root, path).split(sep).join('/'));
    }
  };
  visit(root);
  return out.sort();
}

function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(walk(root).map((f) => [f, createHash('sha256').update(readFileSync(join(root, f))).digest('hex')]));
}
