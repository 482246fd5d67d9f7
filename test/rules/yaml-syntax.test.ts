import { describe, expect, it } from 'vitest';
import { expectChinese, findingsOf, lintCatalogue, mentioning, yaml } from './helpers.js';

/**
 * yaml-syntax (error): a file that is not valid YAML, with line and column, in the user's
 * language and with the likely fix. The broken document is skipped (the other documents of
 * its file are read); every other file of the run is still linted.
 */

// A half-edited draft: `role: main` is indented 3 spaces under a 4-space mapping.
const DRAFT = yaml`
  kind: department
  id: zj.rz.sports
  name: 润州区文化体育和旅游局
  jurisdiction: zj.rz
  duties:
    - id: mass-sports
      title: 负责全区群众体育工作
     role: main
`;

// A valid file with a problem of its own, to show it is still linted.
const AMR = yaml`
  kind: department
  id: zj.rz.amr
  name: 润州区市场监督管理局
  jurisdiction: zj.rz
  counterparts: [zj.amr, zj.quality-supervision]
  duties: []
`;

describe('yaml-syntax', () => {
  it('reports a broken file with its line and column', async () => {
    const result = await lintCatalogue({ 'zj/rz/draft-sports.yaml': DRAFT });
    const found = findingsOf(result, 'yaml-syntax');
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'yaml-syntax',
        severity: 'error',
        file: 'zj/rz/draft-sports.yaml',
        line: 8,
        column: 4,
        message: mentioning('bad indentation of a list item'),
      }),
    ]);
    expect(found[0]).not.toHaveProperty('duty');
    expect(found[0]).not.toHaveProperty('department');
  });

  it('renders its message in Chinese with lang zh', async () => {
    const result = await lintCatalogue({ 'zj/rz/draft-sports.yaml': DRAFT }, { lang: 'zh' });
    const message = findingsOf(result, 'yaml-syntax')[0]!.message;
    expectChinese(message, '列表项缩进不正确');
    expect(message).not.toContain('bad indentation');
  });

  it('skips the broken file but still lints the other files of the run', async () => {
    const result = await lintCatalogue({
      'zj/amr.yaml': 'kind: department\nid: zj.amr\nname: 镇江市市场监督管理局\njurisdiction: zj\nduties: []\n',
      'zj/rz/amr.yaml': AMR,
      'zj/rz/draft-sports.yaml': DRAFT,
    });
    expect(result.findings.map((f) => [f.rule, `${f.file}:${f.line}:${f.column}`])).toEqual([
      ['dangling-reference', 'zj/rz/amr.yaml:5:24'],
      ['yaml-syntax', 'zj/rz/draft-sports.yaml:8:4'],
    ]);
    expect(result.summary).toMatchObject({ files: 3, departments: 2, errors: 2 });
    expect(result.graph.departmentById.has('zj.rz.sports')).toBe(false);
  });

  it('reports a duplicated mapping key at the second key', async () => {
    const result = await lintCatalogue({
      'zj/rz/edu.yaml': yaml`
        kind: department
        id: zj.rz.edu
        name: 润州区教育局
        jurisdiction: zj.rz
        duties:
          - id: school-sports
            title: 负责全区学校体育工作
            role: main
            title: 负责全区学校体育和卫生工作
            basis: [学校体育工作条例 第四条]
      `,
    });
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'yaml-syntax', severity: 'error', file: 'zj/rz/edu.yaml', line: 9, column: 5,
        message: mentioning('the key "title" appears twice'),
      }),
    ]);
    expect(result.summary.departments).toBe(0);
  });

  it('reports a duplicated top-level key', async () => {
    const result = await lintCatalogue({
      'edu.yaml': 'kind: department\nid: zj.rz.edu\nname: 润州区教育局\njurisdiction: zj.rz\nid: zj.rz.education\nduties: []\n',
    });
    expect(findingsOf(result, 'yaml-syntax')).toEqual([
      expect.objectContaining({ line: 5, column: 1, message: mentioning('the key "id" appears twice') }),
    ]);
  });

  it('reports an unterminated quoted string where it opens, not at the end of the stream', async () => {
    const result = await lintCatalogue({
      'health.yaml': 'kind: department\nid: zj.rz.health\nname: "润州区卫生健康委员会\njurisdiction: zj.rz\nduties: []\n',
    });
    expect(findingsOf(result, 'yaml-syntax')).toEqual([
      expect.objectContaining({
        file: 'health.yaml', line: 3, column: 7,
        message: mentioning('the quoted text opened here (") is never closed'),
      }),
    ]);
  });

  it('skips only the broken document when a later document of the file is broken', async () => {
    const result = await lintCatalogue({
      'zj/rz/all.yaml': `${AMR}---\n${DRAFT}`,
    });
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'dangling-reference', file: 'zj/rz/all.yaml', line: 5, column: 16 }),
      expect.objectContaining({ rule: 'dangling-reference', file: 'zj/rz/all.yaml', line: 5, column: 24 }),
      expect.objectContaining({ rule: 'yaml-syntax', file: 'zj/rz/all.yaml', line: 15, column: 4 }),
    ]);
    expect(result.summary.departments).toBe(1);
  });

  describe('does not fire', () => {
    it('for several documents in one file, an empty trailing one included', async () => {
      const result = await lintCatalogue({
        'zj/rz/all.yaml': `${AMR.replace(', zj.quality-supervision', '')}---\n${AMR.replace('zj.rz.amr', 'zj.rz.health').replace(', zj.quality-supervision', '')}---\n`,
        'zj/amr.yaml': 'kind: department\nid: zj.amr\nname: 镇江市市场监督管理局\njurisdiction: zj\nduties: []\n',
      });
      expect(result.findings).toEqual([]);
      expect(result.summary.departments).toBe(3);
    });

    it('for unquoted dates, which stay strings (YAML 1.2 core schema)', async () => {
      const result = await lintCatalogue({
        'amr.yaml': yaml`
          kind: department
          id: zj.rz.amr
          name: 润州区市场监督管理局
          jurisdiction: zj.rz
          source:
            title: 润州区市场监督管理局职能配置、内设机构和人员编制规定
            date: 2019-07-01
          duties: []
        `,
      });
      expect(result.findings).toEqual([]);
    });
  });
});
