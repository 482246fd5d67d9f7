import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { lint, RULE_IDS, type Finding, type SeveritySetting } from '../../src/index.js';
import { ROOT, temporaryFolders } from '../helpers.js';

/*
 * Broken input costs only itself: a file in another encoding, a broken document among good
 * ones, a mistyped field. Each is a finding at its exact line and column, in the user's
 * language, with the fix; everything else is read and analysed as usual.
 */

const HOSTILE = join(ROOT, 'test', 'fixtures', 'hostile', 'catalogue');
const { catalogue, empty } = temporaryFolders();

/** The rules that place findings on files and nodes: unfunded-duty shows where each duty loaded is. */
const FILE_RULES: Record<string, SeveritySetting> = {
  ...Object.fromEntries(RULE_IDS.map((id) => [id, 'off' as const])),
  'yaml-syntax': 'error', schema: 'error', 'dangling-reference': 'error', 'unfunded-duty': 'info',
};

const brief = (findings: Finding[]) => findings.map(({ file, line, column, rule }) => `${file}:${line}:${column} ${rule}`);

function dept(id: string, duties: string, extra = ''): string {
  return `kind: department\nid: ${id}\nname: ${id}\njurisdiction: x\n${extra}duties:\n${duties}`;
}

async function lintText(text: string, lang: 'en' | 'zh' = 'en'): Promise<Finding[]> {
  return (await lint({ paths: [catalogue({ 'f.yaml': text })], lang, rules: FILE_RULES })).findings;
}

/** A copy of the hostile catalogue, with more files (Buffers for bytes that are not UTF-8). */
function hostileCopy(extra: Record<string, string | Buffer> = {}): string {
  const dir = empty();
  cpSync(HOSTILE, dir, { recursive: true });
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('the hostile catalogue: every problem a finding at its place, the good files fully analysed', () => {
  it('reports each broken file, and loads every good document', async () => {
    const result = await lint({ paths: [HOSTILE], lang: 'en', rules: FILE_RULES });
    expect(brief(result.findings)).toEqual([
      'escape.yaml:8:5 unfunded-duty',
      'fullwidth.yaml:7:10 yaml-syntax',
      'gbk.yaml:1:3 yaml-syntax',
      'good.yaml:8:5 unfunded-duty',
      'good.yaml:10:5 unfunded-duty',
      'latin1.yaml:3:10 yaml-syntax',
      // Documents 1 and 3 of multi.yaml are read; document 2 has an unclosed quote, reported where it opens.
      'multi.yaml:7:5 unfunded-duty',
      'multi.yaml:16:12 yaml-syntax',
      'multi.yaml:24:5 unfunded-duty',
      // The duty with the unknown field is left out of the analysis: no unfunded-duty for it.
      'typo.yaml:8:5 schema',
      'utf16.yaml:1:1 yaml-syntax',
    ].sort(byPlace));
    expect(result.graph.departments.map((d) => d.id).sort()).toEqual(['zj.rz.escape', 'zj.rz.good', 'zj.rz.multi-a', 'zj.rz.multi-c', 'zj.rz.typo']);
    const message = (file: string) => result.findings.find((f) => f.file === file && f.rule !== 'unfunded-duty')!.message;
    expect(message('gbk.yaml')).toBe('This file is not UTF-8: it looks like gb18030 (byte 0xd5 here). Save it as UTF-8, or have it read as it is with `encoding: gb18030` in the config (or --encoding gb18030)');
    expect(message('utf16.yaml')).toMatch(/it looks like utf-16le .*`encoding: utf-16le`/);
    expect(message('latin1.yaml')).toMatch(/it looks like windows-1252 \(byte 0xe9 here\)/);
    expect(message('multi.yaml')).toBe('Invalid YAML: the quoted text opened here (") is never closed: add the closing " at its end');
    expect(message('fullwidth.yaml')).toBe('Invalid YAML: "title" is followed by a full-width colon "：": use an ASCII colon ":" after the key, then a space (title: …)');
    expect(message('typo.yaml')).toMatch(/^duties\[0\] has an unknown field "mandat": did you mean "mandate"\? \(allowed: id, title, /);
  });

  it('says it in Chinese', async () => {
    const result = await lint({ paths: [HOSTILE], lang: 'zh', rules: FILE_RULES });
    const messages = Object.fromEntries(result.findings.filter((f) => f.rule !== 'unfunded-duty').map((f) => [f.file, f.message]));
    expect(messages).toEqual({
      'fullwidth.yaml': 'YAML 语法错误：“title”后面是全角冒号“：”：键后请使用半角冒号“:”并加一个空格（title: …）',
      'gbk.yaml': '文件不是 UTF-8 编码，看起来是 gb18030（此处为字节 0xd5）。请另存为 UTF-8，或在配置中写 `encoding: gb18030`（或使用 --encoding gb18030）按原编码读取',
      'latin1.yaml': expect.stringMatching(/^文件不是 UTF-8 编码，看起来是 windows-1252/),
      'multi.yaml': 'YAML 语法错误：此处开始的引号文本（"）没有结束：请在其末尾补上 "',
      'typo.yaml': expect.stringMatching(/^duties\[0\] 含有未知字段 "mandat"：是否应为 "mandate"？/),
      'utf16.yaml': expect.stringMatching(/^文件不是 UTF-8 编码，看起来是 utf-16le/),
    });
  });
});

function byPlace(a: string, b: string): number {
  const key = (s: string) => {
    const [file, line, column] = s.split(' ')[0]!.split(':');
    return [file!, Number(line), Number(column)] as const;
  };
  const [fa, la, ca] = key(a);
  const [fb, lb, cb] = key(b);
  return fa < fb ? -1 : fa > fb ? 1 : la - lb || ca - cb;
}

describe('encoding', () => {
  const GBK = iconv.encode(dept('zj.rz.amr', '  - id: d1\n    title: 负责全区食品安全监督管理\n').replace('name: zj.rz.amr', 'name: 润州区市场监督管理局'), 'gbk');

  it('`encoding:` in the config reads the files that are not UTF-8 with it, the UTF-8 ones as UTF-8', async () => {
    const dir = hostileCopy({ 'duty-lint.config.yaml': 'encoding: gb18030\n', 'more-gbk.yaml': GBK });
    const result = await lint({ paths: [dir], lang: 'en', rules: FILE_RULES });
    expect(result.findings.filter((f) => f.file.includes('gbk') && f.rule === 'yaml-syntax')).toEqual([]);
    const gbk = result.graph.departments.find((d) => d.id === 'zj.rz.amr')!;
    expect([gbk.name, gbk.duties[0]!.title]).toEqual(['润州区市场监督管理局', '负责全区食品安全监督管理']);
    // The UTF-8 files are read as UTF-8, the UTF-16 one is still reported.
    expect(result.graph.departments.find((d) => d.id === 'zj.rz.good')!.name).toBe('润州区体育局');
    expect(brief(result.findings.filter((f) => f.rule === 'yaml-syntax'))).toContain('utf16.yaml:1:1 yaml-syntax');
  });

  it('the `encoding` option overrides the config, and an unknown one is a usage error', async () => {
    const dir = hostileCopy({ 'duty-lint.config.yaml': 'encoding: big5\n' });
    const result = await lint({ paths: [dir], encoding: 'utf-16le', rules: FILE_RULES });
    expect(result.graph.departments.find((d) => d.id === 'zj.rz.utf16')?.duties.map((d) => d.title)).toEqual(['负责全区公共图书借阅服务']);
    await expect(lint({ paths: [dir], encoding: 'klingon' })).rejects.toMatchObject({ messageId: 'unknown-encoding', data: { encoding: 'klingon' } });
    const bad = hostileCopy({ 'duty-lint.config.yaml': 'lang: en\nencoding: klingon\n' });
    await expect(lint({ paths: [bad] })).rejects.toMatchObject({ messageId: 'config-invalid', data: { line: 2, column: 11 }, detail: { messageId: 'config.unknown-encoding' } });
  });

  it('loader threads read with the encoding too', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 420; i++) files[`d${i}.yaml`] = dept(`zj.rz.d${i}`, `  - id: d1\n    title: 负责全区第${i}项食品安全监督管理\n`);
    const dir = catalogue(files);
    for (let i = 0; i < 420; i++) writeFileSync(join(dir, `d${i}.yaml`), iconv.encode(files[`d${i}.yaml`]!, 'gbk'));
    const unread = await lint({ paths: [dir], threads: 2, rules: FILE_RULES });
    expect(unread.findings.filter((f) => f.rule === 'yaml-syntax')).toHaveLength(420);
    const read = await lint({ paths: [dir], threads: 2, encoding: 'gbk', rules: FILE_RULES });
    expect(read.findings.filter((f) => f.rule === 'yaml-syntax')).toEqual([]);
    expect(read.graph.duties.map((d) => d.title)).toContain('负责全区第419项食品安全监督管理');
  });

  it('--cache does not keep a file read with an encoding once the encoding is gone', async () => {
    const dir = catalogue({ 'duty-lint.config.yaml': 'encoding: gb18030\n' });
    writeFileSync(join(dir, 'gbk.yaml'), GBK);
    expect((await lint({ paths: [dir], cache: true, rules: FILE_RULES })).graph.departments).toHaveLength(1);
    writeFileSync(join(dir, 'duty-lint.config.yaml'), 'lang: en\n');
    const again = await lint({ paths: [dir], cache: true, rules: FILE_RULES });
    expect(brief(again.findings)).toEqual(['gbk.yaml:3:7 yaml-syntax']);
  });
});

describe('positions', () => {
  const DUTIES = Array.from({ length: 4 }, (_, i) => `  - id: d${i}\n    title: 负责全区第${i}项职责\n`).join('');

  it('a NUL byte on line 14 is reported on line 14, at its column', async () => {
    const lines = dept('a', DUTIES).split('\n');
    lines.splice(13, 0, '    detail: "abc\u0000def"');
    const findings = await lintText(lines.join('\n'));
    expect(brief(findings)).toEqual(['f.yaml:14:17 yaml-syntax']);
    expect(findings[0]!.message).toMatch(/^Invalid YAML: a NUL byte \(0x00\)/);
  });

  it('a null title is reported at its key when empty, at its value when written', async () => {
    const findings = await lintText(dept('a', '  - id: d1\n    title:\n    detail: x\n  - id: d2\n    title: null\n  - id: d3\n    title: ~\n  - id: d4\n    title:    # none yet\n\n  - id: d5\n    title:'));
    expect(findings.filter((f) => f.rule === 'schema').map((f) => [f.pointer, f.line, f.column])).toEqual([
      ['/duties/0/title', 7, 5],
      ['/duties/1/title', 10, 12],
      ['/duties/2/title', 12, 12],
      ['/duties/3/title', 14, 5],
      ['/duties/4/title', 17, 5],
    ]);
  });

  it('an empty `duties:` on the last line is reported on that line, with or without a line break', async () => {
    for (const end of ['', '\n', '\n\n# nothing yet\n']) {
      const findings = await lintText(`kind: department\nid: a\nname: A\njurisdiction: x\nduties:${end}`);
      expect(brief(findings), JSON.stringify(end)).toEqual(['f.yaml:5:1 schema']);
    }
  });
});

describe('a broken document costs only itself', () => {
  const A = dept('a', '  - id: d1\n    title: 负责甲\n');
  const C = dept('c', '  - id: d1\n    title: 负责丙\n', 'counterparts: [nowhere]\n');

  it('document 2 of 3 with a syntax error: its error at its line, documents 1 and 3 loaded', async () => {
    const findings = await lintText(`${A}---\nkind: department\nid: b\n  name: B\n---\n${C}`);
    expect(brief(findings)).toEqual([
      'f.yaml:6:5 unfunded-duty',
      'f.yaml:11:3 yaml-syntax',
      // Placed by the locator, which parses the file again: document 3 keeps its place.
      'f.yaml:17:16 dangling-reference',
      'f.yaml:19:5 unfunded-duty',
    ]);
    expect(findings.find((f) => f.rule === 'yaml-syntax')!.message).toMatch(/^Invalid YAML: bad indentation of a mapping entry/);
  });

  it('several broken documents, the first one among them, a comment and a directive above the first `---`', async () => {
    const text = `# catalogue\n%YAML 1.2\n---\nkind: department\nid: "x\n---\n${A}---\nkind: [\n---\n${C}`;
    const result = await lint({ paths: [catalogue({ 'f.yaml': text })], lang: 'en', rules: FILE_RULES });
    expect(brief(result.findings)).toEqual([
      'f.yaml:5:5 yaml-syntax',
      'f.yaml:12:5 unfunded-duty',
      'f.yaml:15:7 yaml-syntax',
      'f.yaml:21:16 dangling-reference',
      'f.yaml:23:5 unfunded-duty',
    ]);
    expect(result.graph.departments.map((d) => d.id)).toEqual(['a', 'c']);
  });

  it('a file whose only document is broken is reported, not skipped as no duty file', async () => {
    const result = await lint({ paths: [catalogue({ 'f.yaml': 'kind: department\n  id: b\n' })], rules: FILE_RULES });
    expect(brief(result.findings)).toEqual(['f.yaml:2:3 yaml-syntax']);
    expect(result.skipped).toEqual([]);
  });
});

describe('typos and YAML mistakes, in the user\'s language with the fix', () => {
  it('a mistyped field gets the nearest allowed one, when near enough', async () => {
    const findings = await lintText(dept('a', '  - id: d1\n    Title: T\n    tittle: T\n    budgett: [b]\n    xyz: 1\n', 'short-name: A\n'));
    expect(findings.filter((f) => f.rule === 'schema').map((f) => [f.line, f.column, f.message.replace(/ \(allowed: .*/, '')])).toEqual([
      [5, 1, '(document) has an unknown field "short-name": did you mean "short_name"?'],
      [7, 5, 'duties[0] is missing the required field "title"'],
      [8, 5, 'duties[0] has an unknown field "Title": did you mean "title"?'],
      [9, 5, 'duties[0] has an unknown field "tittle": did you mean "title"?'],
      [10, 5, 'duties[0] has an unknown field "budgett": did you mean "budget"?'],
      [11, 5, 'duties[0] has an unknown field "xyz"'],
    ]);
    const zh = await lintText(dept('a', '  - id: d1\n    title: T\n    mandat: [b/c]\n'), 'zh');
    expect(zh.find((f) => f.rule === 'schema')!.message).toMatch(/^duties\[0\] 含有未知字段 "mandat"：是否应为 "mandate"？（可用字段：id、title、/);
  });

  it('the suggestion changes the wording, not the fingerprint (a baseline still holds the finding)', async () => {
    const { schemaIssueKey } = await import('../../src/schema/identity.js');
    const value = { kind: 'department', id: 'a' };
    const issue = { pointer: '', key: 'nmae', data: {} };
    expect(schemaIssueKey('f.yaml', 0, value, { ...issue, messageId: 'schema.unknown-field.suggest' }))
      .toBe(schemaIssueKey('f.yaml', 0, value, { ...issue, messageId: 'schema.unknown-field' }));
  });

  const H = 'kind: department\nid: zj.rz.a\nname: 甲\njurisdiction: zj.rz\nduties:\n';
  it.each([
    ['a full-width colon after a key', `${H}  - id: d1\n    title：负责全区食品安全\n    role: main\n`, 7, 10, '"title" is followed by a full-width colon', '“title”后面是全角冒号“：”'],
    ['…after the first key of an item', `${H}  - title：负责全区食品安全\n    id: d1\n`, 6, 10, '"title" is followed by a full-width colon', '全角冒号'],
    ['…on the last line', 'kind: department\nid: zj.rz.a\nname：甲部门\n', 3, 5, '"name" is followed by a full-width colon', '全角冒号'],
    ['no space after a colon', `${H}  - id: d1\n    title:负责全区\n    role: main\n`, 7, 10, 'no space after the colon of "title:"', '冒号后没有空格'],
    ['no colon', `${H}  - id: d1\n    title 负责\n    role: main\n`, 7, 5, 'this line has no "key: value" colon', '这一行没有“键: 值”的冒号'],
    ['a value going on at its key\'s indentation', `${H}  - id: d1\n    title: 负责\n    全区食品\n    role: main\n`, 8, 5, 'this line has no "key: value" colon', '续行'],
    ['": " inside a value', `${H}  - id: d1\n    title: 负责: 全区\n`, 7, 14, 'the value holds ": "', '引号'],
    ['a tab', `${H}  - id: d1\n\ttitle: x\n`, 7, 1, 'a tab character in the indentation', '制表符'],
    ['bad indentation of a key', `${H}  - id: d1\n    title: 负责\n role: main\n`, 8, 2, 'bad indentation of a mapping entry', '映射项缩进不正确'],
    ['an unclosed single quote', `${H}  - id: d1\n    title: '负责''全区\n  - id: d2\n`, 7, 12, 'the quoted text opened here (\')', '引号文本'],
    ['a duplicate key', `${H}  - id: d1\n    title: a\n    title: b\n`, 8, 5, 'the key "title" appears twice', '键“title”出现了两次'],
    ['a missing comma', `${H}  - id: d1\n    budget: [a b, "c" "d"]\n`, 7, 23, 'a comma is missing', '缺少逗号'],
    ['an unclosed [', `${H}  - id: d1\n    budget: [a, b\n`, 7, 13, 'a [ or { is never closed', '没有闭合'],
    ['a control character', `${H}  - id: d1\n    title: a\u0001b c\n`, 7, 13, 'a control character (U+0001)', '控制字符（U+0001）'],
    ['an unknown alias', `${H}  - id: d1\n    title: *nope\n`, 7, 17, 'the alias *nope names no anchor &nope', '锚点'],
    ['a tag', `${H}  - id: d1\n    title: !!js/function "function () {}"\n`, 7, 12, 'the tag !!js/function is not one duty files use', '标签 !!js/function'],
    ['a verbatim tag', `${H}  - id: d1\n    title: !<tag:x> a\n`, 7, 12, 'the tag !<tag:x> is not one duty files use', '标签 !<tag:x>'],
    ['nesting too deep', `${H}  - id: d1\n    title: ${'['.repeat(200)}${']'.repeat(200)}\n`, 7, 109, 'lists or mappings nested more than 100 deep', '嵌套超过 100 层'],
    ['a backslash in double quotes', `${H}  - id: d1\n    title: "C:\\data"\n`, 7, 15, '\\d is no escape sequence', '转义序列'],
    ['a list item where a key is expected', 'kind: department\nid: x\n- a\n', 3, 1, 'this line does not fit the structure above it', '结构不符'],
  ])('%s', async (_name, text, line, column, en, zh) => {
    const [found] = await lintText(text);
    expect([found!.rule, found!.line, found!.column]).toEqual(['yaml-syntax', line, column]);
    expect(found!.message).toContain(`Invalid YAML: ${en}`);
    const [chinese] = await lintText(text, 'zh');
    expect(chinese!.message).toMatch(/^YAML 语法错误：/);
    expect(chinese!.message).toContain(zh);
    // No sentence of the parser's left in the Chinese message.
    expect(chinese!.message).not.toMatch(/[a-z]{3,} [a-z]{3,}/);
  });

  it('keys written with full-width colons only (no syntax error: one text) are reported, not skipped', async () => {
    const whole = await lint({ paths: [catalogue({ 'f.yaml': 'kind：department\nid：zj.rz.a\n' })], lang: 'en', rules: FILE_RULES });
    expect(whole.findings.map((f) => [f.rule, f.line, f.column, f.message])).toEqual([
      ['schema', 1, 1, '(document) is one text, not fields: "kind" is followed by a full-width colon "："; use an ASCII colon ":" after each key, then a space (kind: …)'],
    ]);
    const item = await lintText('kind: department\nid: zj.rz.a\nname: 甲\njurisdiction: zj.rz\nduties:\n  - title：负责全区食品安全\n  - id: d2\n    title: 乙\n', 'zh');
    expect(item.filter((f) => f.rule === 'schema').map((f) => [f.line, f.column, f.message])).toEqual([
      [6, 5, 'duties[0] 是一段文字而不是字段：“title”后面是全角冒号“：”；每个键后请使用半角冒号“:”并加一个空格（title: …）'],
    ]);
  });

  it('half a surrogate pair (in a program\'s text) is shown at its place, by its code', async () => {
    const result = await lint({ texts: { 'f.yaml': 'kind: department\nid: a\nname: 甲\ud800乙\n' }, lang: 'en', rules: FILE_RULES });
    expect(result.findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [3, 8, 'Invalid YAML: half of a UTF-16 surrogate pair (U+D800) with no other half, which is no character: remove it (text cut in the middle of a character, or damaged)'],
    ]);
    const low = (await lint({ texts: { 'f.yaml': '\udc00kind: department\n' }, lang: 'zh', rules: FILE_RULES })).findings[0];
    expect([low!.line, low!.column, low!.message]).toEqual([1, 1, 'YAML 语法错误：含有不成对的 UTF-16 代理码元（U+DC00），不是有效字符：请删除（文字在字符中间被截断，或已损坏）']);
  });

  it('an error the program does not know is given in the parser\'s words', async () => {
    const [found] = await lintText('%YAML 1.2\n%YAML 1.2\n---\nkind: department\n');
    expect(found!.message).toMatch(/^Invalid YAML: duplication of %YAML directive/);
  });

  it('a YAML error in the config is translated too', async () => {
    const dir = catalogue({ 'duty-lint.config.yaml': 'rules：\n  overlap: warn\n', 'a.yaml': A_DEPT });
    await expect(lint({ paths: [dir] })).rejects.toMatchObject({
      messageId: 'config-yaml', data: { line: 1, column: 6 }, detail: { messageId: 'yaml.fullwidth-colon', data: { key: 'rules' } },
    });
  });
});

const A_DEPT = dept('a', '  - id: d1\n    title: T\n');

// Keep the fixture's bytes honest: its bad files are what they claim to be.
describe('the fixture', () => {
  it('holds GBK, UTF-16 and Windows-1252 bytes', () => {
    expect(iconv.decode(readFileSync(join(HOSTILE, 'gbk.yaml')), 'gbk')).toContain('润州区文化馆');
    expect(iconv.decode(readFileSync(join(HOSTILE, 'utf16.yaml')), 'utf-16le')).toContain('润州区图书馆');
    expect(iconv.decode(readFileSync(join(HOSTILE, 'latin1.yaml')), 'windows-1252')).toContain('Café Müller');
  });
});
