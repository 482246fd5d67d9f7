import { describe, expect, it } from 'vitest';
import { lintCatalogue } from '../rules/helpers.js';
import { catalogue, cityDepartment, cityDepartments, d, dutyOf, overlapOf, overlaps, withDuties } from './city.js';

/**
 * Class: words that say nothing about a duty weigh nothing. Governance verbs (负责, 指导协调,
 * 组织开展, 监督管理…), scope words (全市, 本行政区域, 全市范围内…) and the names of the
 * catalogue's own governments (安澜市, 安澜) are the same in every duty: two duties that differ
 * only in them are one duty, and two that share only them are not.
 * (src/text/lexicon/stopwords.ts, the SCOPE words of src/text/terms.ts, and the government
 * names src/matching/lexicon.ts makes stop words.)
 */

describe('governance verbs, scope words and government names weigh nothing', () => {
  it('scores 「负责全市X工作」 and 「指导协调本行政区域X」 as the same duty', async () => {
    const result = await lintCatalogue(catalogue([
      ...withDuties(cityDepartments(), 'al.emergency', d('quake', '指导协调本行政区域地震监测预报和震情跟踪')),
      cityDepartment('quake', '安澜市地震局', [
        d('monitoring', '负责全市地震监测预报和震情跟踪工作'),
        d('buildings', '负责全市建设工程抗震设防要求的监督管理'),
      ]),
    ]));
    const a = dutyOf(result, 'al.emergency/quake');
    const b = dutyOf(result, 'al.quake/monitoring');
    expect(result.context.matcher.overlapScore(a, b)).toBe(1);
    expect(overlapOf(result, a.ref, b.ref)).toEqual(expect.objectContaining({ score: 1 }));
  });

  it('reports nothing in a city whose departments share only governance verbs and scope words', async () => {
    // Every department 负责全市…监督管理, 组织开展…, 组织实施…: none of it makes two duties one.
    const result = await lintCatalogue(catalogue(cityDepartments()));
    expect(overlaps(result)).toEqual([]);
    // Not even as each other's best match: 农产品质量安全风险监测 and 森林资源调查监测 share a word, not a duty.
    expect(result.context.sameDutyPairs(1)).toEqual([]);
  });

  it('does not let two duties match through the name of their city', async () => {
    const result = await lintCatalogue(catalogue([
      ...withDuties(cityDepartments(), 'al.agri', d('brand', '负责安澜市农产品区域公用品牌培育推广')),
      cityDepartment('annals', '安澜市地方志办公室', [
        d('annals', '组织编纂安澜市志和安澜年鉴'),
        d('archives', '负责全市地方史料的收集整理和开发利用'),
      ]),
    ]));
    const brand = dutyOf(result, 'al.agri/brand');
    const annals = dutyOf(result, 'al.annals/annals');
    expect(result.context.matcher.overlapScore(brand, annals)).toBe(0);
    expect(result.context.matcher.sharedTerms(brand, annals)).toEqual([]);
    expect(overlaps(result)).toEqual([]);
  });

  it('cuts scope words out before segmenting, so they do not glue to the subject (全市范围内河道 is not 内河)', async () => {
    // 水利局 and 自然资源局 both claim 河道采砂 (a well-known overlap); one writes 全市范围内.
    const result = await lintCatalogue(catalogue([
      ...withDuties(cityDepartments(), 'al.water', d('sand', '负责全市范围内河道采砂的统一监督管理')),
      cityDepartment('nr', '安澜市自然资源和规划局', [
        d('survey', '负责全市自然资源调查监测评价和统一确权登记'),
        d('sand', '负责全市河道采砂监督管理，查处非法采砂行为'),
      ]),
    ]));
    const finding = overlapOf(result, 'al.water/sand', 'al.nr/sand');
    expect(finding).toBeDefined();
    expect(finding!.terms).toContain('河道采砂');
    expect(finding!.terms!.some((t) => t.includes('内河'))).toBe(false);
  });

  // 本行业 is a scope word like 本系统; tiled, it would give 本行 ("our bank").
  it('does not let two duties match through 本行业', async () => {
    let depts = withDuties(cityDepartments(), 'al.transport', d('energy', '推进本行业节能减排和绿色交通发展'));
    depts = withDuties(depts, 'al.water', d('tech', '负责本行业科技创新和标准化建设'));
    const result = await lintCatalogue(catalogue(depts));
    const a = dutyOf(result, 'al.transport/energy');
    const b = dutyOf(result, 'al.water/tech');
    expect(result.context.matcher.analyzer.analyse('推进本行业节能减排').terms).not.toContain('本行');
    expect(result.context.matcher.sharedTerms(a, b)).toEqual([]);
    expect(result.context.matcher.overlapScore(a, b)).toBe(0);
  });
});
