import { describe, expect, it } from 'vitest';
import { explainDuty, explainPair } from '../../src/explain/explain.js';
import type { LintResult } from '../../src/index.js';
import { expectChinese, findingsOf, lintCatalogue, mentioning } from '../rules/helpers.js';
import { catalogue, cityDepartment, countyDepartment, d, dutyOf } from './city.js';

/**
 * Class: a finding about a missing match names what came nearest. Every mandate-gap (a city
 * duty no county duty covers) and every unfounded-duty (a county duty no city duty founds)
 * names its nearest candidate and their score, in the message and as `nearest` in JSON, so a
 * reader sees why it did not count. (src/rules/mandate-gap.ts Matcher.nearestLower;
 * src/rules/unfounded-duty.ts AnalysisContext.nearestMandate.)
 */

function levels() {
  return catalogue([
    cityDepartment('amr', '安澜市市场监督管理局', [
      d('food-safety', '负责全市食品安全监督管理，建立覆盖食品生产、流通、消费全过程的监督检查制度'),
      d('special-equipment', '负责全市特种设备安全监督管理，组织开展锅炉、压力容器、电梯、起重机械安全监察'),
      d('price', '负责全市价格监督检查和反不正当竞争执法，查处价格违法行为'),
      d('credit', '负责全市市场主体信用监管，组织实施企业信息公示和经营异常名录管理'),
    ]),
    cityDepartment('emergency', '安澜市应急管理局', [
      d('hazchem', '负责全市危险化学品安全生产监督管理，依法监督检查危险化学品生产、储存、经营单位执行安全生产法律法规的情况'),
      d('industry-safety', '负责全市非煤矿山、冶金、建材等工贸行业安全生产监督管理'),
      d('relief', '负责全市自然灾害救助工作，统一调度救灾款物'),
    ]),
    countyDepartment('amr', '溪宁县市场监督管理局', [
      d('food-safety', '负责全县食品安全监督管理'),
      d('markets', '负责全县集贸市场摊位安排和市容秩序维护'),
      d('price-info', '负责全县农产品价格信息采集发布'),
    ]),
    countyDepartment('emergency', '溪宁县应急管理局', [
      d('hazchem', '负责全县危险化学品安全生产监督管理'),
      d('fireworks', '负责全县烟花爆竹燃放安全宣传'),
      d('disaster-insurance', '组织开展全县自然灾害保险试点'),
    ]),
  ]);
}

const missing = (result: LintResult) => [...findingsOf(result, 'mandate-gap'), ...findingsOf(result, 'unfounded-duty')];

describe('every mandate-gap and unfounded-duty names its nearest candidate and score', () => {
  it('in the message and as nearest', async () => {
    const result = await lintCatalogue(levels());
    expect(findingsOf(result, 'mandate-gap').length).toBeGreaterThanOrEqual(3);
    expect(findingsOf(result, 'unfounded-duty').length).toBeGreaterThanOrEqual(2);
    for (const f of missing(result)) {
      expect(f.nearest, f.message).toEqual({ duty: expect.any(String), score: expect.any(Number) });
      const nearest = dutyOf(result, f.nearest!.duty);
      // A gap's nearest is a county duty, an unfounded duty's a city one.
      expect(nearest.department.jurisdiction).toBe(f.rule === 'mandate-gap' ? 'al.xn' : 'al');
      expect(f.nearest!.score).toBeGreaterThan(0);
      expect(f.nearest!.score).toBeLessThan(1);
      expect(f.message).toEqual(mentioning(nearest.ref, nearest.title, f.nearest!.score));
    }
  });

  it('in Chinese messages too', async () => {
    const result = await lintCatalogue(levels(), { lang: 'zh' });
    expect(missing(result).length).toBeGreaterThanOrEqual(5);
    for (const f of missing(result)) {
      expect(f.nearest, f.message).toBeDefined();
      const nearest = dutyOf(result, f.nearest!.duty);
      expectChinese(f.message, nearest.ref, nearest.title, f.nearest!.score);
    }
  });

  it('names as an unfounded duty\'s nearest the best-scoring city duty, with that score', async () => {
    const result = await lintCatalogue(levels());
    for (const f of findingsOf(result, 'unfounded-duty')) {
      const best = explainDuty(result.context, dutyOf(result, f.duty!)).above[0]!;
      expect(f.nearest).toEqual({ duty: best.duty.ref, score: Math.round(best.score * 100) / 100 });
    }
  });

  it('names as a gap\'s nearest the best-scoring county duty of its counterparts, with that score', async () => {
    const result = await lintCatalogue(levels());
    const gap = findingsOf(result, 'mandate-gap').find((f) => f.duty === 'al.emergency/industry-safety');
    expect(gap).toBeDefined();
    const upper = dutyOf(result, gap!.duty!);
    const county = result.graph.duties.filter((x) => x.department.jurisdiction === 'al.xn' && x.department.id === 'al.xn.emergency');
    const scores = county.map((x) => ({ duty: x.ref, score: explainPair(result.context, x, upper).evidence.mandate?.score ?? 0 }));
    const best = scores.reduce((p, q) => (q.score > p.score ? q : p));
    expect(best.score).toBeGreaterThan(0);
    expect(gap!.nearest).toEqual({ duty: best.duty, score: Math.round(best.score * 100) / 100 });
  });
});
