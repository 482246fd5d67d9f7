import { describe, expect, it } from 'vitest';
import { explainDuty } from '../../src/explain/explain.js';
import type { LintResult } from '../../src/index.js';
import { findingsOf, lintCatalogue } from '../rules/helpers.js';
import {
  catalogue, cityDepartment, cityDepartments, countyDepartments, d, dutyOf, withDuties, type DutySpec,
} from './city.js';

/**
 * Class: mandate inference prefers the counterpart. A county department takes its city
 * counterpart's 三定 as its standard: a county duty that narrows (keeps one part of 「A和B」)
 * or abbreviates its counterpart's duty implements it, even when another city department's
 * duty is worded closer. Only clear evidence makes a duty misplaced (错位): a non-counterpart
 * duty scoring at least 1.8 times the counterpart's best and at least 0.3, on two shared
 * things, for a duty with no legal basis that is no support duty. (src/matching/mandates.ts.)
 */

/** The city and the county, with extra duties for some of their departments. */
function levels(city: Record<string, DutySpec[]>, county: Record<string, DutySpec[]>, extra: ReturnType<typeof cityDepartment>[] = []) {
  let upper = cityDepartments();
  for (const [id, duties] of Object.entries(city)) upper = withDuties(upper, id, ...duties);
  let lower = countyDepartments();
  for (const [id, duties] of Object.entries(county)) lower = withDuties(lower, id, ...duties);
  return catalogue([...upper, ...extra, ...lower]);
}

const mandates = (result: LintResult, ref: string) => result.context.mandatesOf(dutyOf(result, ref)).map((e) => e.duty.ref);
const on = (result: LintResult, rule: string, ref: string) => findingsOf(result, rule).filter((f) => f.duty === ref);

/** The best candidate above a duty, counterpart or not, with its score. */
function bestAbove(result: LintResult, ref: string, counterpart: boolean) {
  return explainDuty(result.context, dutyOf(result, ref)).above.find((c) => Boolean(c.counterpart) === counterpart);
}

describe('mandate inference prefers the counterpart', () => {
  it('takes a county duty that keeps one part of its counterpart\'s 「A和B」 as implementing it, though another department is worded closer', async () => {
    // 应急局 above organises 森林火灾和草原火灾扑救; 林草局 above writes 森林火灾…扑救 in fewer other words.
    const result = await lintCatalogue(levels({
      'al.emergency': [d('forest-fire', '组织协调全市森林火灾和草原火灾扑救工作，统一调度扑火力量')],
      'al.forestry': [d('fire', '负责全市森林火灾预防和扑救工作')],
    }, {
      'al.xn.emergency': [d('forest-fire', '负责全县森林火灾扑救的组织协调')],
    }));
    const lower = 'al.xn.emergency/forest-fire';
    // The other department's duty is the closer one by text…
    const other = bestAbove(result, lower, false)!;
    const counterpart = bestAbove(result, lower, true)!;
    expect(other.duty.ref).toBe('al.forestry/fire');
    expect(counterpart.duty.ref).toBe('al.emergency/forest-fire');
    expect(other.score).toBeGreaterThan(counterpart.score);
    // …but the counterpart's is the one implemented.
    expect(mandates(result, lower)).toEqual(['al.emergency/forest-fire']);
    expect(on(result, 'misplaced-duty', lower)).toEqual([]);
    expect(on(result, 'unfounded-duty', lower)).toEqual([]);
    expect(on(result, 'mandate-gap', 'al.emergency/forest-fire')).toEqual([]);
  });

  it('takes a county duty that abbreviates its counterpart\'s as implementing it, though another department is worded closer', async () => {
    // 应急局 above houses the 安委办; 市政府办公室 serves its meetings, in fewer other words.
    const office = cityDepartment('office', '安澜市人民政府办公室', [
      d('committees', '承担市安全生产委员会办公室的会务工作'),
      d('documents', '负责市政府公文处理和督查督办'),
    ]);
    const result = await lintCatalogue(levels({
      'al.emergency': [d('safety-committee', '承担市安全生产委员会办公室日常工作，组织开展安全生产巡查考核')],
    }, {
      'al.xn.emergency': [d('safety-committee', '承担县安委办日常工作')],
    }, [office]));
    const lower = 'al.xn.emergency/safety-committee';
    expect(bestAbove(result, lower, false)!.duty.ref).toBe('al.office/committees');
    expect(bestAbove(result, lower, false)!.score).toBeGreaterThan(bestAbove(result, lower, true)!.score);
    expect(mandates(result, lower)).toEqual(['al.emergency/safety-committee']);
    expect(on(result, 'misplaced-duty', lower)).toEqual([]);
    expect(on(result, 'unfounded-duty', lower)).toEqual([]);
    expect(on(result, 'mandate-gap', 'al.emergency/safety-committee')).toEqual([]);
  });

  describe('misplaced-duty only on clear evidence', () => {
    // 商务局 above manages prepaid cards and fuel distribution; 市场监管局 above does neither.
    const commerce = cityDepartment('commerce', '安澜市商务局', [
      d('prepaid', '负责全市单用途商业预付卡发卡企业备案和监督管理'),
      d('fuel', '负责全市成品油流通行业管理，编制加油站行业发展规划，组织成品油经营企业年度检查和经营资格审核'),
    ]);
    const lint = (duty: DutySpec) => lintCatalogue(levels({}, { 'al.xn.amr': [duty] }, [commerce]));
    const PREPAID = d('prepaid', '负责全县单用途商业预付卡发卡企业备案和监督管理');

    it('reports a county duty that is plainly another city department\'s', async () => {
      const result = await lint(PREPAID);
      expect(on(result, 'misplaced-duty', 'al.xn.amr/prepaid')).toEqual([
        expect.objectContaining({ related: [expect.objectContaining({ duty: 'al.commerce/prepaid' })], score: 1 }),
      ]);
    });

    it('does not report it with a legal basis of its own', async () => {
      const result = await lint({ ...PREPAID, fields: ['basis: [单用途商业预付卡管理办法（试行） 第七条]'] });
      expect(on(result, 'misplaced-duty', 'al.xn.amr/prepaid')).toEqual([]);
      expect(on(result, 'unfounded-duty', 'al.xn.amr/prepaid')).toEqual([]);
    });

    it('does not report a support duty, which works for another department by definition', async () => {
      const result = await lint({ ...PREPAID, title: '配合做好全县单用途商业预付卡发卡企业备案和监督管理', fields: ['role: support'] });
      expect(on(result, 'misplaced-duty', 'al.xn.amr/prepaid')).toEqual([]);
    });

    it('does not report a duty that shares one thing with the other department\'s, however high it scores', async () => {
      const result = await lint(d('fuel-market', '负责全县成品油市场监督管理'));
      const other = bestAbove(result, 'al.xn.amr/fuel-market', false)!;
      expect(other.duty.ref).toBe('al.commerce/fuel');
      expect(other.score).toBeGreaterThanOrEqual(0.3);
      expect(result.context.matcher.sharedThings(dutyOf(result, 'al.xn.amr/fuel-market'), other.duty)).toBe(1);
      expect(on(result, 'misplaced-duty', 'al.xn.amr/fuel-market')).toEqual([]);
      // Unfounded instead, naming the other department's duty as the nearest.
      expect(on(result, 'unfounded-duty', 'al.xn.amr/fuel-market')).toEqual([
        expect.objectContaining({ nearest: { duty: 'al.commerce/fuel', score: expect.any(Number) } }),
      ]);
    });

    it('does not report a duty whose best match in another department scores under 0.3', async () => {
      const duty = d('vapour', '组织开展全县油气回收治理，督促加油站和储油库安装油气回收装置，开展挥发性有机物排放检测，成品油质量抽检');
      const result = await lint(duty);
      const other = bestAbove(result, 'al.xn.amr/vapour', false)!;
      expect(other.duty.ref).toBe('al.commerce/fuel');
      expect(other.score).toBeLessThan(0.3);
      expect(result.context.matcher.sharedThings(dutyOf(result, 'al.xn.amr/vapour'), other.duty)).toBeGreaterThanOrEqual(2);
      expect(on(result, 'misplaced-duty', 'al.xn.amr/vapour')).toEqual([]);
      expect(on(result, 'unfounded-duty', 'al.xn.amr/vapour')).toHaveLength(1);
    });
  });
});
