import { describe, expect, it } from 'vitest';
import { explainPair } from '../../src/explain/explain.js';
import type { LintResult } from '../../src/index.js';
import { findingsOf, lintCatalogue, mentioning } from '../rules/helpers.js';
import { catalogue, cityDepartment, cityDepartments, countyDepartment, countyDepartments, d, dutyOf, withDuties, type DutySpec } from './city.js';

/**
 * Class: powers. A lower government may not create a licence or a fee on its own (行政许可法
 * 第十五、十六条; fees only by law or an approved 收费目录): a county duty that charges a fee
 * (收取…费) or grants a licence (审批, 许可) is founded only by a city duty that speaks of the
 * same kind of power, not by one that merely shares its subject. Its message then names the
 * most similar city duty and their similarity. (src/text/lexicon/powers.ts; the powerFactor
 * of src/matching/evidence.ts mandateScore.)
 */

function levels(city: Record<string, DutySpec[]>, county: Record<string, DutySpec[]>) {
  let upper = cityDepartments();
  for (const [id, duties] of Object.entries(city)) upper = withDuties(upper, id, ...duties);
  let lower = countyDepartments();
  for (const [id, duties] of Object.entries(county)) lower = withDuties(lower, id, ...duties);
  return lintCatalogue(catalogue([...upper, ...lower]));
}

const mandates = (result: LintResult, ref: string) => result.context.mandatesOf(dutyOf(result, ref)).map((e) => e.duty.ref);
const mandateEvidence = (result: LintResult, lower: string, upper: string) =>
  explainPair(result.context, dutyOf(result, lower), dutyOf(result, upper)).evidence.mandate!;

describe('powers a county may not create', () => {
  it('reports a county duty that charges a fee no city duty speaks of, though its subject matches, naming the most similar', async () => {
    // 交通运输局 above manages 机动车维修; nothing above speaks of a fee for it.
    const result = await levels({}, { 'al.xn.transport': [d('repair-fee', '负责全县机动车维修企业备案并收取备案服务费')] });
    const lower = 'al.xn.transport/repair-fee';
    const evidence = mandateEvidence(result, lower, 'al.transport/road-transport');
    // The subject matches: by text alone it would be founded.
    expect(evidence.similarity).toBeGreaterThanOrEqual(0.2);
    expect(evidence.by).toBe('powers');
    expect(evidence.score).toBe(0);
    expect(mandates(result, lower)).toEqual([]);
    const similarity = Math.round(evidence.similarity * 100) / 100;
    expect(findingsOf(result, 'unfounded-duty').filter((f) => f.duty === lower)).toEqual([
      expect.objectContaining({
        nearest: { duty: 'al.transport/road-transport', score: similarity },
        message: mentioning('fee', '负责全市道路运输市场监管，指导道路客货运输和机动车维修行业管理', 'al.transport/road-transport', similarity),
      }),
    ]);
  });

  it('finds a county fee founded by a city duty that provides for it', async () => {
    // 水资源有偿使用 above provides for the 水资源费 the county collects.
    const result = await lintCatalogue(catalogue([
      ...cityDepartments(),
      ...countyDepartments(),
      countyDepartment('water', '溪宁县水利局', [d('water-fee', '负责全县取水许可，依法征收水资源费'), d('soil', '负责全县水土保持工作')]),
    ]));
    const lower = 'al.xn.water/water-fee';
    const evidence = mandateEvidence(result, lower, 'al.water/resources');
    expect(evidence.by).not.toBe('powers');
    expect(evidence.score).toBe(evidence.similarity);
    expect(mandates(result, lower)).toEqual(['al.water/resources']);
    expect(findingsOf(result, 'unfounded-duty').filter((f) => f.duty === lower)).toEqual([]);
  });

  it('weighs a county licence against a city duty that does not speak of licensing at less than their similarity', async () => {
    const result = await levels({}, { 'al.xn.emergency': [d('hazchem-licence', '负责全县危险化学品经营许可')] });
    const evidence = mandateEvidence(result, 'al.xn.emergency/hazchem-licence', 'al.emergency/hazchem');
    expect(evidence.similarity).toBeGreaterThan(0.5);
    expect(evidence.by).toBe('powers');
    expect(evidence.score).toBeLessThanOrEqual(evidence.similarity / 2 + 1e-9);
  });

  it('finds a county licence founded, at its full similarity, by a city duty that speaks of licensing', async () => {
    const result = await levels({
      'al.transport': [d('taxi', '负责全市出租汽车行业管理，负责网络预约出租汽车经营许可和驾驶员从业资格管理')],
    }, {
      'al.xn.transport': [d('ride-hailing-licence', '负责全县网约车经营许可')],
    });
    const lower = 'al.xn.transport/ride-hailing-licence';
    const evidence = mandateEvidence(result, lower, 'al.transport/taxi');
    expect(evidence.by).not.toBe('powers');
    expect(evidence.score).toBe(evidence.similarity);
    expect(mandates(result, lower)).toEqual(['al.transport/taxi']);
    expect(findingsOf(result, 'unfounded-duty').filter((f) => f.duty === lower)).toEqual([]);
  });

  // The everyday order 「…费征收」, 「…费收取」 charges a fee as 收取…费 does.
  it('reports a county duty that collects a fee written 「…费征收」, which no city duty provides for', async () => {
    const result = await lintCatalogue(catalogue([
      ...cityDepartments(),
      cityDepartment('housing', '安澜市住房和城乡建设局', [d('infrastructure', '负责全市城市基础设施建设和运行管理')]),
      ...countyDepartments(),
      countyDepartment('housing', '溪宁县住房和城乡建设局', [d('levy', '负责全县城市基础设施配套费征收')]),
    ]));
    const lower = 'al.xn.housing/levy';
    expect(mandateEvidence(result, lower, 'al.housing/infrastructure').by).toBe('powers');
    expect(mandates(result, lower)).toEqual([]);
    expect(findingsOf(result, 'unfounded-duty').filter((f) => f.duty === lower)).toHaveLength(1);
  });
});
