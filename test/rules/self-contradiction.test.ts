import { describe, expect, it } from 'vitest';
import { appendDuty, expectChinese, findingsOf, lintCatalogue, mentioning, withFields, yaml } from './helpers.js';

/**
 * self-contradiction (warn): a declaration that contradicts itself, placed at the offending
 * field: a department that is its own counterpart, or two that are each other's; a duty
 * whose mandate names itself, or whose lead is its own department; a main duty with a
 * lead; a cancelled duty with a receiver.
 */

const CITY_AMR = yaml`
  kind: department
  id: zj.amr
  name: 镇江市市场监督管理局
  jurisdiction: zj
  duties:
    - id: food-sampling
      title: 负责全市食品安全监督抽检，发布抽检信息
`;

const AMR = yaml`
  kind: department
  id: zj.rz.amr
  name: 润州区市场监督管理局
  jurisdiction: zj.rz
  counterparts: [zj.amr]
  duties:
    - id: sampling
      title: 负责全区食品安全监督抽检，发布抽检信息
    - id: risk-sampling
      title: 配合开展全区食品安全风险监测采样
`;

const HEALTH = yaml`
  kind: department
  id: zj.rz.health
  name: 润州区卫生健康委员会
  jurisdiction: zj.rz
  duties:
    - id: food-risk-monitoring
      title: 负责全区食品安全风险监测
`;

async function lintAmr(amr: string, lang: 'en' | 'zh' = 'en') {
  return lintCatalogue({ 'zj/amr.yaml': CITY_AMR, 'zj/rz/amr.yaml': amr, 'zj/rz/health.yaml': HEALTH }, { lang });
}

describe('self-contradiction', () => {
  it('is quiet on a consistent catalogue: supports led by another department, transfers, counterparts one way', async () => {
    const amr = withFields(
      withFields(AMR, 'risk-sampling', 'role: support', 'lead: zj.rz.health/food-risk-monitoring'),
      'sampling', 'mandate: [zj.amr/food-sampling]',
    ) + '  - id: lab\n    title: 负责区食品检验检测中心运行\n    status: transferred\n    transferred_to: zj.rz.health\n';
    const result = await lintAmr(amr);
    expect(findingsOf(result, 'self-contradiction')).toEqual([]);
  });

  it('fires for a support duty whose lead is its own department, at the lead', async () => {
    const result = await lintAmr(withFields(AMR, 'risk-sampling', 'role: support', 'lead: zj.rz.amr'));
    expect(findingsOf(result, 'self-contradiction')).toEqual([
      expect.objectContaining({
        rule: 'self-contradiction', severity: 'warn', file: 'zj/rz/amr.yaml', line: 12, column: 11,
        pointer: '/duties/1/lead', department: 'zj.rz.amr', duty: 'zj.rz.amr/risk-sampling',
        messageId: 'self-contradiction.lead-self', message: mentioning('配合开展全区食品安全风险监测采样', 'zj.rz.amr'),
      }),
    ]);
  });

  it('fires for a support duty led by another duty of its own department', async () => {
    const result = await lintAmr(withFields(AMR, 'risk-sampling', 'role: support', 'lead: zj.rz.amr/sampling'));
    expect(findingsOf(result, 'self-contradiction').map((f) => [f.line, f.column, f.messageId])).toEqual([
      [12, 11, 'self-contradiction.lead-self'],
    ]);
  });

  it('fires for a department that is its own counterpart, at the entry, and reads the entry as absent', async () => {
    // A licence the city's duties do not speak of: unfounded, whatever the counterparts.
    const amr = appendDuty(AMR.replace('counterparts: [zj.amr]', 'counterparts: [zj.amr, zj.rz.amr]'), 'id: ride-hailing', 'title: 负责全区网约车经营许可');
    const result = await lintAmr(amr);
    expect(findingsOf(result, 'self-contradiction')).toEqual([
      expect.objectContaining({
        file: 'zj/rz/amr.yaml', line: 5, column: 24, pointer: '/counterparts/1', department: 'zj.rz.amr',
        messageId: 'self-contradiction.counterpart-self', message: mentioning('counterparts[1]'),
      }),
    ]);
    expect(findingsOf(result, 'self-contradiction')[0]).not.toHaveProperty('duty');
    // unfounded-duty names only the real counterpart.
    expect(findingsOf(result, 'unfounded-duty').map((f) => [f.duty, f.data.counterparts])).toEqual([['zj.rz.amr/ride-hailing', ['zj.amr']]]);
  });

  it('does not make every duty of a department that is only its own counterpart unfounded', async () => {
    const amr = appendDuty(AMR.replace('counterparts: [zj.amr]', 'counterparts: [zj.rz.amr]'), 'id: ride-hailing', 'title: 负责全区网约车经营许可');
    const result = await lintAmr(amr);
    expect(findingsOf(result, 'self-contradiction')).toHaveLength(1);
    expect(findingsOf(result, 'unfounded-duty')).toEqual([]);
  });

  it('fires on both departments when each names the other as counterpart (A→B→A), each pointing to the other', async () => {
    const city = CITY_AMR.replace('jurisdiction: zj\n', 'jurisdiction: zj\ncounterparts: [zj.rz.amr]\n');
    const result = await lintCatalogue({ 'zj/amr.yaml': city, 'zj/rz/amr.yaml': AMR });
    expect(findingsOf(result, 'self-contradiction')).toEqual([
      expect.objectContaining({
        file: 'zj/amr.yaml', line: 5, column: 16, pointer: '/counterparts/0', department: 'zj.amr',
        messageId: 'self-contradiction.counterpart-cycle', message: mentioning('counterparts[0]', '润州区市场监督管理局', 'zj.rz.amr'),
        related: [{ department: 'zj.rz.amr', file: 'zj/rz/amr.yaml', line: 5, column: 16 }],
      }),
      expect.objectContaining({
        file: 'zj/rz/amr.yaml', line: 5, column: 16, pointer: '/counterparts/0', department: 'zj.rz.amr',
        messageId: 'self-contradiction.counterpart-cycle', message: mentioning('镇江市市场监督管理局', 'zj.amr'),
        related: [{ department: 'zj.amr', file: 'zj/amr.yaml', line: 5, column: 16 }],
      }),
    ]);
  });

  it('fires for a duty whose mandate names itself, at the entry, with no dangling-reference', async () => {
    const result = await lintAmr(withFields(AMR, 'sampling', 'mandate: [zj.amr/food-sampling, zj.rz.amr/sampling]'));
    expect(findingsOf(result, 'self-contradiction')).toEqual([
      expect.objectContaining({
        file: 'zj/rz/amr.yaml', line: 9, column: 37, pointer: '/duties/0/mandate/1', duty: 'zj.rz.amr/sampling',
        messageId: 'self-contradiction.mandate-self', message: mentioning('mandate[1]'),
      }),
    ]);
    expect(findingsOf(result, 'dangling-reference')).toEqual([]);
    // The explicit mandate that is left stands: nothing inferred, nothing reported.
    expect(result.context.mandatesOf(result.graph.dutyByRef.get('zj.rz.amr/sampling')!)).toEqual([
      { duty: result.graph.dutyByRef.get('zj.amr/food-sampling'), inferred: false },
    ]);
  });

  it('fires for a main duty with a lead, explicit or by default, at the lead', async () => {
    const explicit = await lintAmr(withFields(AMR, 'sampling', 'role: main', 'lead: zj.rz.health'));
    expect(findingsOf(explicit, 'self-contradiction')).toEqual([
      expect.objectContaining({
        file: 'zj/rz/amr.yaml', line: 10, column: 11, pointer: '/duties/0/lead', duty: 'zj.rz.amr/sampling',
        messageId: 'self-contradiction.main-with-lead', message: mentioning('负责全区食品安全监督抽检，发布抽检信息', 'zj.rz.health', 'role: support'),
      }),
    ]);
    const implicit = await lintAmr(withFields(AMR, 'sampling', 'lead: zj.rz.health'));
    expect(findingsOf(implicit, 'self-contradiction').map((f) => [f.line, f.column, f.messageId])).toEqual([
      [9, 11, 'self-contradiction.main-with-lead'],
    ]);
  });

  it('is quiet for a lead duty that names itself as lead', async () => {
    const result = await lintAmr(withFields(AMR, 'sampling', 'role: lead', 'lead: zj.rz.amr'));
    expect(findingsOf(result, 'self-contradiction')).toEqual([]);
  });

  it('fires for a cancelled duty with transferred_to, at transferred_to', async () => {
    const result = await lintAmr(withFields(AMR, 'risk-sampling', 'status: cancelled', 'transferred_to: zj.rz.health'));
    expect(findingsOf(result, 'self-contradiction')).toEqual([
      expect.objectContaining({
        file: 'zj/rz/amr.yaml', line: 12, column: 21, pointer: '/duties/1/transferred_to', duty: 'zj.rz.amr/risk-sampling',
        messageId: 'self-contradiction.cancelled-transferred', message: mentioning('zj.rz.health', 'status: transferred'),
      }),
    ]);
  });

  it('renders its messages in Chinese with lang zh', async () => {
    const amr = withFields(
      withFields(AMR.replace('counterparts: [zj.amr]', 'counterparts: [zj.rz.amr]'), 'risk-sampling', 'role: support', 'lead: zj.rz.amr'),
      'sampling', 'mandate: [zj.rz.amr/sampling]', 'status: cancelled', 'transferred_to: zj.rz.health',
    );
    const found = findingsOf(await lintAmr(amr, 'zh'), 'self-contradiction');
    expect(found.map((f) => f.messageId)).toEqual([
      'self-contradiction.counterpart-self', 'self-contradiction.mandate-self',
      'self-contradiction.cancelled-transferred', 'self-contradiction.lead-self',
    ]);
    expectChinese(found[0]!.message, 'counterparts[0]');
    expectChinese(found[1]!.message, 'mandate[0]');
    expectChinese(found[2]!.message, 'zj.rz.health', 'status: transferred');
    expectChinese(found[3]!.message, '配合开展全区食品安全风险监测采样', 'zj.rz.amr');
    const main = findingsOf(await lintAmr(withFields(AMR, 'sampling', 'lead: zj.rz.health'), 'zh'), 'self-contradiction');
    expectChinese(main[0]!.message, 'zj.rz.health', 'role: support');
  });
});
