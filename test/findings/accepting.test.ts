import { describe, expect, it } from 'vitest';
import { lint, type Finding } from '../../src/index.js';
import { findingsOf, mentioning, withFields, yaml } from '../rules/helpers.js';

/**
 * Accepting findings inline: a duty's `ignore` entry narrowed by `duty` and `department` to
 * the other side of the finding, and a department's `ignore` entry, which accepts a
 * mandate-gap on the lower department that chooses not to carry a higher-level duty.
 */

const REASON = 'reason: 区政府2021年第3号会议纪要明确分工';

const AMR = yaml`
  kind: department
  id: zj.rz.amr
  name: 润州区市场监督管理局
  jurisdiction: zj.rz
  duties:
    - id: food-risk-monitoring
      title: 负责全区食品安全风险监测和监督抽检，组织实施食品安全风险监测计划
`;

const HEALTH = yaml`
  kind: department
  id: zj.rz.health
  name: 润州区卫生健康委员会
  jurisdiction: zj.rz
  duties:
    - id: food-risk-monitoring
      title: 组织开展全区食品安全风险监测和评估，实施食品安全风险监测计划
`;

/**
 * Three district departments implementing one city duty explicitly: three overlaps, by the
 * same mandate item, so that 区市场监管局's duty has one with each of the other two.
 */
const CITY_HEALTH = yaml`
  kind: department
  id: zj.health
  name: 镇江市卫生健康委员会
  jurisdiction: zj
  duties:
    - id: food-risk
      title: 负责全市食品安全风险监测和评估
`;
const implementer = (id: string, name: string, duty: string, title: string) => yaml`
  kind: department
  id: zj.rz.${id}
  name: ${name}
  jurisdiction: zj.rz
  counterparts: [zj.health]
  duties:
    - id: ${duty}
      title: ${title}
      mandate: [zj.health/food-risk]
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
    - id: special-equipment
      title: 负责全市特种设备安全监察，组织开展锅炉、压力容器、电梯、起重机械等特种设备事故调查
`;

/** A lower department implementing zj.amr that covers only food-sampling: two gaps. */
function lower(id: string, jurisdiction: string, name: string, ignore: string[] = []): string {
  return [
    'kind: department', `id: ${id}`, `name: ${name}`, `jurisdiction: ${jurisdiction}`, 'counterparts: [zj.amr]',
    ...(ignore.length > 0 ? ['ignore:', ...ignore.map((l) => `  ${l}`)] : []),
    'duties:', '  - id: sampling', '    title: 负责本区食品安全监督抽检和不合格食品核查处置', '    mandate: [zj.amr/food-sampling]', '',
  ].join('\n');
}

async function run(files: Record<string, string>): Promise<{ findings: Finding[]; suppressed: number }> {
  const result = await lint({ texts: files, lang: 'en' });
  return { findings: result.findings, suppressed: result.summary.suppressed };
}

const of = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
const gaps = (findings: Finding[]) => of(findings, 'mandate-gap').map((f) => `${f.department} ${f.duty}`).sort();
const unused = (findings: Finding[]) => of(findings, 'unused-ignore').map((f) => `${f.file} ${f.pointer}`);

describe('a duty\'s ignore entry', () => {
  const three = (amr: string[]) => ({
    'zj/health.yaml': CITY_HEALTH,
    'zj/rz/amr.yaml': withFields(implementer('amr', '润州区市场监督管理局', 'food-risk-monitoring', '负责全区食品安全风险监测和监督抽检'), 'food-risk-monitoring', ...amr),
    'zj/rz/health.yaml': implementer('health', '润州区卫生健康委员会', 'food-risk-monitoring', '组织开展全区食品安全风险监测和评估'),
    'zj/rz/cdc.yaml': implementer('cdc', '润州区疾病预防控制中心', 'food-risk', '承担全区食品安全风险监测技术工作'),
  });

  it('without duty or department accepts every finding of its rule on the duty', async () => {
    const { findings, suppressed } = await run(three([`ignore: [{rule: overlap, ${REASON}}]`]));
    // The duty leaves the group of three: its two pairs are one finding, accepted, and the pair of the two others stays.
    expect(of(findings, 'overlap').map((f) => `${f.duty} ${f.related?.[0]?.duty}`)).toEqual(['zj.rz.cdc/food-risk zj.rz.health/food-risk-monitoring']);
    expect(suppressed).toBe(1);
  });

  it.each([
    ['duty', 'duty: zj.rz.health/food-risk-monitoring'],
    ['department', 'department: zj.rz.health'],
  ])('with %s accepts only the pair whose other side it names', async (_by, narrow) => {
    const { findings, suppressed } = await run(three(['ignore:', '  - rule: overlap', `    ${narrow}`, `    ${REASON}`]));
    // The three are one finding (a group), which stays while two of its pairs are not accepted; the entry is used.
    expect(of(findings, 'overlap').map((f) => `${f.duty} ${f.related?.map((r) => r.duty).join(' ')}`)).toEqual([
      'zj.rz.amr/food-risk-monitoring zj.rz.cdc/food-risk zj.rz.health/food-risk-monitoring',
    ]);
    expect(suppressed).toBe(0);
    expect(unused(findings)).toEqual([]);
  });

  it('on all but one duty of a group accepts the group', async () => {
    const entry = ['ignore:', '  - rule: overlap', `    ${REASON}`];
    const files = three(entry);
    files['zj/rz/health.yaml'] = withFields(files['zj/rz/health.yaml'], 'food-risk-monitoring', ...entry);
    const { findings, suppressed } = await run(files);
    expect(of(findings, 'overlap')).toEqual([]);
    // The pairs of the two that leave the group are one finding.
    expect(suppressed).toBe(1);
    expect(unused(findings)).toEqual([]);
  });

  it('naming another duty or department accepts nothing, and is reported unused', async () => {
    for (const narrow of ['duty: zj.rz.health/disease-control', 'department: zj.rz.finance']) {
      const files = { 'zj/rz/amr.yaml': withFields(AMR, 'food-risk-monitoring', 'ignore:', '  - rule: overlap', `    ${narrow}`, `    ${REASON}`), 'zj/rz/health.yaml': HEALTH };
      const { findings } = await run(files);
      expect(of(findings, 'overlap')).toHaveLength(1);
      expect(of(findings, 'unused-ignore')).toEqual([
        expect.objectContaining({ pointer: '/duties/0/ignore/0', message: mentioning('overlap', narrow.split(': ')[1]!) }),
      ]);
    }
  });

  it('on the related side, narrowed to the reported duty, accepts the pair', async () => {
    const { findings, suppressed } = await run({
      'zj/rz/amr.yaml': AMR,
      'zj/rz/health.yaml': withFields(HEALTH, 'food-risk-monitoring', 'ignore:', '  - rule: overlap', '    duty: zj.rz.amr/food-risk-monitoring', `    ${REASON}`),
    });
    expect(findings).toEqual([]);
    expect(suppressed).toBe(1);
  });

  it('on a higher-level duty, narrowed to a lower department, accepts that department\'s gap only', async () => {
    const city = withFields(CITY_AMR, 'special-equipment', 'ignore:', '  - rule: mandate-gap', '    department: zj.rz.amr', `    ${REASON}`);
    const { findings } = await run({
      'zj/amr.yaml': city,
      'zj/rz/amr.yaml': lower('zj.rz.amr', 'zj.rz', '润州区市场监督管理局'),
      'zj/dt/amr.yaml': lower('zj.dt.amr', 'zj.dt', '丹徒区市场监督管理局'),
    });
    expect(gaps(findings)).toEqual([
      'zj.dt.amr zj.amr/edible-farm-product-market', 'zj.dt.amr zj.amr/special-equipment', 'zj.rz.amr zj.amr/edible-farm-product-market',
    ]);
  });
});

describe('a department\'s ignore entry', () => {
  const city = { 'zj/amr.yaml': CITY_AMR };

  it('accepts the mandate-gap of the higher-level duty it names, on that department only', async () => {
    const entry = ['- rule: mandate-gap', '  duty: zj.amr/special-equipment', `  ${REASON}`];
    const { findings, suppressed } = await run({
      ...city,
      'zj/rz/amr.yaml': lower('zj.rz.amr', 'zj.rz', '润州区市场监督管理局', entry),
      'zj/dt/amr.yaml': lower('zj.dt.amr', 'zj.dt', '丹徒区市场监督管理局'),
    });
    expect(gaps(findings)).toEqual([
      'zj.dt.amr zj.amr/edible-farm-product-market', 'zj.dt.amr zj.amr/special-equipment', 'zj.rz.amr zj.amr/edible-farm-product-market',
    ]);
    expect(suppressed).toBe(1);
    expect(unused(findings)).toEqual([]);
  });

  it('without duty accepts every mandate-gap on the department', async () => {
    const { findings, suppressed } = await run({ ...city, 'zj/rz/amr.yaml': lower('zj.rz.amr', 'zj.rz', '润州区市场监督管理局', ['- rule: mandate-gap', `  ${REASON}`]) });
    expect(gaps(findings)).toEqual([]);
    expect(suppressed).toBe(2);
  });

  it('accepts a gap several lower departments share only once each of them has one', async () => {
    // 区综合执法局 implements zj.amr too: a gap is the government's, named on both departments.
    const entry = (duty: string) => ['- rule: mandate-gap', `  duty: ${duty}`, `  ${REASON}`];
    const enforcement = (ignore: string[] = []) => lower('zj.rz.zhzf', 'zj.rz', '润州区综合行政执法局', ignore)
      .replace('负责本区食品安全监督抽检和不合格食品核查处置', '负责全区城市管理领域行政处罚').replace('    mandate: [zj.amr/food-sampling]\n', '    basis: [行政处罚法]\n');
    const amr = lower('zj.rz.amr', 'zj.rz', '润州区市场监督管理局', entry('zj.amr/special-equipment'));

    const one = await run({ ...city, 'zj/rz/amr.yaml': amr, 'zj/rz/zhzf.yaml': enforcement() });
    expect(gaps(one.findings)).toEqual(['zj.rz.amr zj.amr/edible-farm-product-market', 'zj.rz.amr zj.amr/special-equipment']);
    const special = of(one.findings, 'mandate-gap').find((f) => f.duty === 'zj.amr/special-equipment')!;
    expect(special.related?.map((r) => r.department)).toContain('zj.rz.zhzf');
    // The one department's entry answers for its share: not stale, though the gap stays.
    expect(unused(one.findings)).toEqual([]);

    const both = await run({ ...city, 'zj/rz/amr.yaml': amr, 'zj/rz/zhzf.yaml': enforcement(entry('zj.amr/special-equipment')) });
    expect(gaps(both.findings)).toEqual(['zj.rz.amr zj.amr/edible-farm-product-market']);
    expect(both.suppressed).toBe(1);
  });

  it('does not accept findings on the department\'s own duties', async () => {
    const amr = AMR.replace('duties:', `ignore:\n  - rule: overlap\n    ${REASON}\nduties:`);
    const { findings } = await run({ 'zj/rz/amr.yaml': amr, 'zj/rz/health.yaml': HEALTH });
    expect(of(findings, 'overlap')).toHaveLength(1);
    expect(unused(findings)).toEqual(['zj/rz/amr.yaml /ignore/0']);
  });
});

describe('the schema of ignore entries', () => {
  it.each([
    ['a duty\'s', withFields(AMR, 'food-risk-monitoring', 'ignore: [{rule: overlap}]'), '/duties/0/ignore/0', 'duties[0].ignore[0]'],
    ['a department\'s', AMR.replace('duties:', 'ignore: [{rule: mandate-gap, duty: zj.amr/special-equipment}]\nduties:'), '/ignore/0', 'ignore[0]'],
  ])('require a reason on %s entry, saying which entry lacks it', async (_whose, text, pointer, path) => {
    const result = await lint({ texts: { 'zj/rz/amr.yaml': text }, lang: 'en' });
    expect(findingsOf(result, 'schema')).toEqual([
      expect.objectContaining({ pointer, message: `${path} is missing the required field "reason"` }),
    ]);
  });

  it('take duty and department on a duty\'s entry, and only duty on a department\'s', async () => {
    const duty = withFields(AMR, 'food-risk-monitoring', `ignore: [{rule: overlap, duty: zj.rz.health/food-risk-monitoring, department: zj.rz.health, ${REASON}}]`);
    expect(findingsOf(await lint({ texts: { 'zj/rz/amr.yaml': duty } }), 'schema')).toEqual([]);
    const dept = AMR.replace('duties:', `ignore: [{rule: mandate-gap, department: zj.rz.health, ${REASON}}]\nduties:`);
    expect(findingsOf(await lint({ texts: { 'zj/rz/amr.yaml': dept }, lang: 'en' }), 'schema')).toEqual([
      expect.objectContaining({ pointer: '/ignore/0/department', message: mentioning('unknown field "department"') }),
    ]);
    const badRef = withFields(AMR, 'food-risk-monitoring', `ignore: [{rule: overlap, duty: zj.rz.health, ${REASON}}]`);
    expect(findingsOf(await lint({ texts: { 'zj/rz/amr.yaml': badRef }, lang: 'en' }), 'schema')).toEqual([
      expect.objectContaining({ pointer: '/duties/0/ignore/0/duty', messageId: 'schema.pattern' }),
    ]);
  });
});
