import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/index.js';
import { lintCatalogue } from '../rules/helpers.js';
import {
  catalogue, cityDepartments, countyDepartments, d, dutyOf, overlapOf, overlaps, withDuties, withoutDuties, type DeptSpec,
} from './city.js';

/**
 * Class: boilerplate is recognised, not reported. A line that most departments carry (完成市委
 * 市政府交办的其他任务, reworded department after department) is no duty one department could
 * hold instead of another: it yields no overlap and no finding. It is recognised by built-in
 * patterns (src/text/lexicon/generic.ts), by the departments that carry it alike
 * (src/matching/generic.ts carriedAlike), by clauses many departments carry word for word
 * (src/matching/lexicon.ts genericClauses), and by the config's own `generic:` patterns.
 * A line of its own subject on a common frame (受理和处理X相关投诉举报) is not boilerplate.
 */

/** The findings of any rule on a duty, or naming it as related. */
function findingsOn(result: LintResult, ref: string) {
  return result.findings.filter((f) => f.duty === ref || f.related?.some((r) => r.duty === ref));
}

const genericRefs = (result: LintResult) => result.graph.duties.filter((x) => result.context.isGeneric(x)).map((x) => x.ref).sort();

describe('boilerplate recognised, not reported', () => {
  it('reports nothing on the line every department carries, in four wordings, at the city and the county', async () => {
    const result = await lintCatalogue(catalogue([...cityDepartments(), ...countyDepartments()]));
    const lines = result.graph.duties.filter((x) => x.id === 'other');
    expect(lines.map((x) => x.title)).toEqual(expect.arrayContaining([
      '完成市委、市政府交办的其他任务', '承办市委、市政府交办的其他事项', '完成市委市政府交办的其他工作任务', '完成县委、县政府交办的其他任务',
    ]));
    for (const line of lines) {
      expect(result.context.isGeneric(line)).toBe(true);
      expect(findingsOn(result, line.ref)).toEqual([]);
    }
  });

  it('recognises the built-in 交办 line even where only two departments carry it', async () => {
    // Too few carriers to be found as carried alike: the built-in pattern knows the line.
    const depts = cityDepartments().map((dept) => (['al.water', 'al.forestry'].includes(dept.id) ? dept : withoutDuties([dept], dept.id, 'other')[0]!));
    const result = await lintCatalogue(catalogue(depts));
    expect(genericRefs(result)).toEqual(['al.forestry/other', 'al.water/other']);
    expect(result.context.matcher.genericReason(dutyOf(result, 'al.water/other'))).toEqual({ pattern: expect.stringContaining('交办') });
    expect(overlaps(result)).toEqual([]);
  });

  it('recognises a line four departments carry in their own words, which no built-in pattern knows', async () => {
    let depts = cityDepartments();
    depts = withDuties(depts, 'al.agri', d('stats', '负责行业统计数据的采集汇总和上报'));
    depts = withDuties(depts, 'al.water', d('stats', '做好本领域统计数据采集汇总上报工作'));
    depts = withDuties(depts, 'al.hrss', d('stats', '按规定做好统计数据采集、汇总和上报'));
    depts = withDuties(depts, 'al.transport', d('stats', '承担本系统统计数据采集汇总上报'));
    const result = await lintCatalogue(catalogue(depts));
    for (const id of ['al.agri', 'al.water', 'al.hrss', 'al.transport']) {
      const line = dutyOf(result, `${id}/stats`);
      expect(result.context.isGeneric(line)).toBe(true);
      expect(result.context.matcher.genericReason(line)).toEqual({ carriers: expect.any(Number) });
      expect(findingsOn(result, line.ref)).toEqual([]);
    }
    expect(overlaps(result)).toEqual([]);
  });

  it('recognises a line three departments carry word for word, though it names one word of its own', async () => {
    let depts = cityDepartments();
    for (const id of ['al.agri', 'al.water', 'al.hrss']) depts = withDuties(depts, id, d('archives', '做好档案管理工作'));
    const result = await lintCatalogue(catalogue(depts));
    for (const id of ['al.agri', 'al.water', 'al.hrss']) {
      const line = dutyOf(result, `${id}/archives`);
      expect(result.context.matcher.genericReason(line)).toEqual({ clause: '做好档案管理工作' });
    }
    expect(overlaps(result)).toEqual([]);
  });

  describe('the config\'s generic: patterns', () => {
    // Two departments carry each local campaign line: too few to be found as carried alike.
    const depts = (): DeptSpec[] => {
      let out = cityDepartments();
      out = withDuties(out, 'al.transport', d('civility', '配合做好全国文明城市创建工作'), d('river-chief', '配合落实河长制工作'));
      out = withDuties(out, 'al.agri', d('civility', '参与全国文明城市创建'), d('river-chief', '参与河长制湖长制相关工作'));
      return out;
    };

    it('reports the local lines as overlaps without them', async () => {
      const result = await lintCatalogue(catalogue(depts()));
      expect(overlapOf(result, 'al.transport/civility', 'al.agri/civility')).toBeDefined();
      expect(overlapOf(result, 'al.transport/river-chief', 'al.agri/river-chief')).toBeDefined();
    });

    it('silences a local boilerplate line by a plain phrase and by a /regex/', async () => {
      const config = 'generic:\n  - 全国文明城市创建\n  - /^(?:配合|参与).{0,4}河长制/\n';
      const result = await lintCatalogue(catalogue(depts(), { 'duty-lint.config.yaml': config }));
      expect(genericRefs(result)).toEqual(expect.arrayContaining([
        'al.agri/civility', 'al.agri/river-chief', 'al.transport/civility', 'al.transport/river-chief',
      ]));
      expect(result.context.matcher.genericReason(dutyOf(result, 'al.agri/civility'))).toEqual({ pattern: '全国文明城市创建' });
      expect(result.context.matcher.genericReason(dutyOf(result, 'al.agri/river-chief'))).toEqual({ pattern: '^(?:配合|参与).{0,4}河长制' });
      expect(overlaps(result)).toEqual([]);
    });
  });

  /** Seven departments receive complaints on their own subject, on one frame. */
  function complaints(subjects: Record<string, string>): DeptSpec[] {
    let depts = cityDepartments();
    for (const [id, subject] of Object.entries(subjects)) depts = withDuties(depts, id, d('complaints', `受理和处理${subject}相关投诉举报`));
    return depts;
  }
  const FRAME_SUBJECTS = {
    'al.agri': '农产品质量安全', 'al.water': '水利工程建设', 'al.hrss': '劳动保障', 'al.transport': '道路运输', 'al.forestry': '野生动植物保护',
  };

  it('does not take a subject of its own on a common frame for boilerplate', async () => {
    // 市场监管 and 医保 both receive 价格 complaints: that is an overlap, on the frame every department uses.
    const result = await lintCatalogue(catalogue(complaints({ ...FRAME_SUBJECTS, 'al.amr': '价格', 'al.healthsec': '价格' })));
    for (const id of Object.keys(FRAME_SUBJECTS)) expect(result.context.isGeneric(dutyOf(result, `${id}/complaints`))).toBe(false);
    expect(result.context.isGeneric(dutyOf(result, 'al.amr/complaints'))).toBe(false);
    expect(overlaps(result)).toEqual(['al.amr/complaints ~ al.healthsec/complaints']);
  });

  // Boilerplate is a line many departments carry, not words many titles use one by one: 医疗
  // is in three of ten departments' titles, 服务 in many, and 价格 weighs little, yet
  // 「负责全市医疗服务价格管理」 and 「负责全市医疗服务价格监督检查」, which no other department
  // carries, are a classic overlap.
  it('does not take two departments\' shared subject for boilerplate because a third names one of its words', async () => {
    let depts = cityDepartments();
    depts = withDuties(depts, 'al.healthsec', d('price', '负责全市医疗服务价格管理'));
    depts = withDuties(depts, 'al.amr', d('medical-price', '负责全市医疗服务价格监督检查'));
    const result = await lintCatalogue(catalogue(depts));
    expect(result.context.matcher.genericReason(dutyOf(result, 'al.healthsec/price'))).toBeUndefined();
    expect(result.context.matcher.genericReason(dutyOf(result, 'al.amr/medical-price'))).toBeUndefined();
    expect(overlapOf(result, 'al.healthsec/price', 'al.amr/medical-price')).toBeDefined();
  });
});
