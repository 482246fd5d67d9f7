import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { writeCatalogue } from '../helpers.js';
import { expectChinese, findingsOf, lintCatalogue, mentioning, withFields, yaml } from './helpers.js';

/**
 * unused-ignore (warn): an `ignore` entry, on a duty or on a department, that accepted no
 * finding in this run, or that names no rule; reported at the entry.
 */

const AMR = yaml`
  kind: department
  id: zj.rz.amr
  name: 润州区市场监督管理局
  jurisdiction: zj.rz
  duties:
    - id: food-risk-monitoring
      title: 负责全区食品安全风险监测和监督抽检，组织实施食品安全风险监测计划
    - id: special-equipment
      title: 负责全区特种设备安全监察，组织开展电梯、锅炉、压力容器等特种设备安全检查
`;

const HEALTH = yaml`
  kind: department
  id: zj.rz.health
  name: 润州区卫生健康委员会
  jurisdiction: zj.rz
  duties:
    - id: food-risk-monitoring
      title: 组织开展全区食品安全风险监测和评估，实施食品安全风险监测计划
    - id: disease-control
      title: 负责全区疾病预防控制，组织实施传染病防治和免疫规划
`;

const CITY_AMR = yaml`
  kind: department
  id: zj.amr
  name: 镇江市市场监督管理局
  jurisdiction: zj
  duties:
    - id: food-sampling
      title: 负责全市食品安全监督抽检，发布抽检信息并督促核查处置不合格食品
    - id: edible-farm-product-market
      title: 负责食用农产品进入批发、零售市场或者生产加工企业后的质量安全监督管理
`;

// Covers food-sampling, not edible-farm-product-market: one mandate-gap.
const DISTRICT_AMR = yaml`
  kind: department
  id: zj.rz.amr
  name: 润州区市场监督管理局
  jurisdiction: zj.rz
  counterparts: [zj.amr]
  duties:
    - id: sampling
      title: 负责全区食品安全监督抽检和不合格食品核查处置
      mandate: [zj.amr/food-sampling]
`;

const REASON = 'reason: 区政府2021年第3号会议纪要明确分工';

describe('unused-ignore', () => {
  it('fires at a duty\'s entry that accepts nothing, naming its rule', async () => {
    const amr = withFields(AMR, 'special-equipment', 'ignore:', '  - rule: overlap', `    ${REASON}`);
    const result = await lintCatalogue({ 'zj/rz/amr.yaml': amr, 'zj/rz/health.yaml': HEALTH });
    expect(findingsOf(result, 'unused-ignore')).toEqual([
      expect.objectContaining({
        rule: 'unused-ignore',
        severity: 'warn',
        file: 'zj/rz/amr.yaml',
        line: 11,
        column: 9,
        pointer: '/duties/1/ignore/0',
        department: 'zj.rz.amr',
        duty: 'zj.rz.amr/special-equipment',
        message: mentioning('overlap'),
      }),
    ]);
    // The overlap it does not name is still reported.
    expect(findingsOf(result, 'overlap')).toHaveLength(1);
  });

  it('is quiet for an entry that accepts a finding', async () => {
    const amr = withFields(AMR, 'food-risk-monitoring', `ignore: [{rule: overlap, ${REASON}}]`);
    const result = await lintCatalogue({ 'zj/rz/amr.yaml': amr, 'zj/rz/health.yaml': HEALTH });
    expect(result.findings).toEqual([]);
    expect(result.summary.suppressed).toBe(1);
  });

  it('renders its message in Chinese with lang zh', async () => {
    const amr = withFields(AMR, 'special-equipment', `ignore: [{rule: overlap, ${REASON}}]`);
    const result = await lintCatalogue({ 'zj/rz/amr.yaml': amr, 'zj/rz/health.yaml': HEALTH }, { lang: 'zh' });
    expectChinese(findingsOf(result, 'unused-ignore')[0]!.message, 'overlap');
  });

  it('reports an entry that names no rule, whatever it would accept', async () => {
    const amr = withFields(AMR, 'food-risk-monitoring', `ignore: [{rule: overlaps, ${REASON}}]`);
    const result = await lintCatalogue({ 'zj/rz/amr.yaml': amr, 'zj/rz/health.yaml': HEALTH });
    expect(findingsOf(result, 'unused-ignore')).toEqual([
      expect.objectContaining({ pointer: '/duties/0/ignore/0', messageId: 'unused-ignore.unknown-rule', message: mentioning('"overlaps"') }),
    ]);
    expect(findingsOf(result, 'overlap')).toHaveLength(1);
  });

  it('reports an entry naming no rule at its line and column, on a duty or a department, in Chinese too', async () => {
    const amr = withFields(AMR, 'special-equipment', 'ignore:', '  - rule: no-such-rule', `    ${REASON}`)
      .replace('duties:', `ignore:\n  - rule: overlap-check\n    ${REASON}\nduties:`);
    const files = { 'zj/rz/amr.yaml': amr, 'zj/rz/health.yaml': HEALTH };
    expect(findingsOf(await lintCatalogue(files), 'unused-ignore')).toEqual([
      expect.objectContaining({
        file: 'zj/rz/amr.yaml', line: 6, column: 5, pointer: '/ignore/0', department: 'zj.rz.amr',
        messageId: 'unused-ignore.unknown-rule', message: mentioning('"overlap-check"', 'duty-lint rules'),
      }),
      expect.objectContaining({
        file: 'zj/rz/amr.yaml', line: 14, column: 9, pointer: '/duties/1/ignore/0', duty: 'zj.rz.amr/special-equipment',
        messageId: 'unused-ignore.unknown-rule', message: mentioning('"no-such-rule"'),
      }),
    ]);
    const zh = findingsOf(await lintCatalogue(files, { lang: 'zh' }), 'unused-ignore');
    expectChinese(zh[1]!.message, '"no-such-rule"', 'duty-lint rules');
  });

  it('does not judge an entry whose rule is off in this run: there is nothing to judge it by', async () => {
    const amr = withFields(AMR, 'special-equipment', `ignore: [{rule: unfunded-duty, ${REASON}}]`);
    const result = await lintCatalogue({ 'zj/rz/amr.yaml': amr, 'zj/rz/health.yaml': HEALTH });
    expect(findingsOf(result, 'unused-ignore')).toEqual([]);
    const on = await lintCatalogue({ 'zj/rz/amr.yaml': amr, 'zj/rz/health.yaml': HEALTH }, { rules: { 'unfunded-duty': 'info' } });
    // Turned on, the rule finds the duty without budget, and the entry accepts it.
    expect(findingsOf(on, 'unused-ignore')).toEqual([]);
    expect(findingsOf(on, 'unfunded-duty').map((f) => f.duty)).not.toContain('zj.rz.amr/special-equipment');
  });

  it('fires at a department\'s entry that accepts nothing, and names the duty it is narrowed to', async () => {
    const district = DISTRICT_AMR.replace('duties:', [
      'ignore:',
      '  - rule: mandate-gap',
      '    duty: zj.amr/food-sampling',
      `    ${REASON}`,
      'duties:',
    ].join('\n'));
    const result = await lintCatalogue({ 'zj/amr.yaml': CITY_AMR, 'zj/rz/amr.yaml': district });
    expect(findingsOf(result, 'unused-ignore')).toEqual([
      expect.objectContaining({
        file: 'zj/rz/amr.yaml', line: 7, column: 5, pointer: '/ignore/0', department: 'zj.rz.amr',
        messageId: 'unused-ignore.other', message: mentioning('mandate-gap', 'zj.amr/food-sampling'),
      }),
    ]);
    expect(findingsOf(result, 'unused-ignore')[0]!.duty).toBeUndefined();
    // zj.amr/food-sampling is covered: the gap the entry does not name stays.
    expect(findingsOf(result, 'mandate-gap').map((f) => f.duty)).toEqual(['zj.amr/edible-farm-product-market']);
  });

  it('tells identical entries apart by their order, not their index', async () => {
    const entries = ['ignore:', '  - rule: overlap', `    ${REASON}`, '  - rule: overlap', `    ${REASON}`];
    const result = await lintCatalogue({ 'zj/rz/amr.yaml': withFields(AMR, 'special-equipment', ...entries), 'zj/rz/health.yaml': HEALTH });
    const found = findingsOf(result, 'unused-ignore');
    expect(found.map((f) => f.pointer)).toEqual(['/duties/1/ignore/0', '/duties/1/ignore/1']);
    expect(new Set(found.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('does not judge a duty\'s entry that may accept findings of other governments (mandate-gap, misplaced-duty)', async () => {
    // The city duty's entries accept nothing here; which lower government would report a gap
    // on it is read with the lower government, which --cache does not re-lint with the city.
    const city = withFields(CITY_AMR, 'food-sampling', 'ignore:', '  - rule: mandate-gap', `    ${REASON}`, '  - rule: misplaced-duty', `    ${REASON}`);
    const result = await lintCatalogue({ 'zj/amr.yaml': city, 'zj/rz/amr.yaml': DISTRICT_AMR });
    expect(findingsOf(result, 'unused-ignore')).toEqual([]);
  });

  it('takes its severity from the config, and off turns it off', async () => {
    const amr = withFields(AMR, 'special-equipment', `ignore: [{rule: overlap, ${REASON}}]`);
    const files = { 'zj/rz/amr.yaml': amr, 'zj/rz/health.yaml': HEALTH };
    const info = await lintCatalogue({ ...files, 'duty-lint.config.yaml': 'rules:\n  unused-ignore: info\n' });
    expect(findingsOf(info, 'unused-ignore')).toEqual([expect.objectContaining({ severity: 'info' })]);
    expect(findingsOf(await lintCatalogue(files, { rules: { 'unused-ignore': 'off' } }), 'unused-ignore')).toEqual([]);
  });

  describe('with --cache', () => {
    const dirs: string[] = [];
    afterAll(() => {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });

    /** Lints with the cache and without: the same findings, and the cached run re-linted only a part. */
    async function same(dir: string, incremental = true): Promise<void> {
      const warm = await lint({ paths: [dir], lang: 'en', cache: true });
      const plain = await lint({ paths: [dir], lang: 'en' });
      expect(warm.findings).toEqual(plain.findings);
      expect(warm.summary).toEqual(plain.summary);
      if (incremental) expect(warm.relinted).toBeDefined();
    }

    function edit(file: string, from: string, to: string): void {
      const text = readFileSync(file, 'utf8');
      expect(text).toContain(from);
      writeFileSync(file, text.replace(from, to));
    }

    it('gives a plain run\'s findings after edits that make entries used or unused', async () => {
      const district = DISTRICT_AMR.replace('duties:', `ignore:\n  - rule: mandate-gap\n    ${REASON}\nduties:`);
      const dir = writeCatalogue({
        'zj/amr.yaml': withFields(CITY_AMR, 'food-sampling', `ignore: [{rule: mandate-gap, ${REASON}}]`),
        'zj/rz/amr.yaml': district,
        'zj/rz/health.yaml': withFields(HEALTH, 'food-risk-monitoring', `ignore: [{rule: overlap, ${REASON}}]`),
        'zj/rz/amr2.yaml': AMR.replace('zj.rz.amr', 'zj.rz.amr2'),
      });
      dirs.push(dir);
      await same(dir, false);
      expect(findingsOf(await lint({ paths: [dir] }), 'unused-ignore')).toEqual([]);

      // The district's overlap goes: its health entry is unused.
      edit(join(dir, 'zj/rz/amr2.yaml'), '负责全区食品安全风险监测和监督抽检，组织实施食品安全风险监测计划', '负责全区网络交易平台监督管理');
      await same(dir);
      expect(findingsOf(await lint({ paths: [dir] }), 'unused-ignore').map((f) => f.pointer)).toEqual(['/duties/0/ignore/0']);

      // The city no longer asks the district to carry the duty: the district's own entry is
      // unused, though no file of the district changed.
      edit(join(dir, 'zj/amr.yaml'), '  - id: edible-farm-product-market\n', '  - id: edible-farm-product-market\n    cascade: false\n');
      await same(dir);
      expect(findingsOf(await lint({ paths: [dir] }), 'unused-ignore').map((f) => `${f.file} ${f.pointer}`)).toEqual([
        'zj/rz/amr.yaml /ignore/0', 'zj/rz/health.yaml /duties/0/ignore/0',
      ]);

      // The district covers the city duty whose entry silences every district's gap: that
      // entry is not judged, so the city's findings read nothing of the district's edit.
      edit(join(dir, 'zj/rz/amr.yaml'), 'mandate: [zj.amr/food-sampling]', 'mandate: [zj.amr/edible-farm-product-market]');
      await same(dir);
    });
  });
});
