import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/index.js';
import { normalizeText } from '../../src/text/normalize.js';
import { Segmenter } from '../../src/text/segment.js';
import { lintCatalogue } from '../rules/helpers.js';
import { catalogue, cityDepartment, cityDepartments, d, dutyOf, overlapOf, withDuties } from './city.js';

/**
 * Class: the shared terms a message shows are words a person reads. They are words or
 * phrases of the duty's own text, cut where jieba cuts it (a phrase containing 危险化学品,
 * 食品生产经营), never fragments that straddle words (品生产经营, 督促客, 旱灾害) nor terms the
 * reader never wrote (the full form of an abbreviation the text does not spell out).
 * (src/matching/matcher.ts sharedTerms → readablePhrases; src/text/segment.ts.)
 */

const city = () => catalogue([
  ...withDuties(withDuties(withDuties(cityDepartments(),
    'al.amr', d('food-licence', '负责全市食品生产经营许可，监督检查食品生产经营者落实主体责任')),
    'al.emergency', d('hazchem-storage', '负责全市危险化学品生产企业和储存单位安全生产监督管理')),
    'al.transport', d('passenger-safety', '督促客运企业落实安全生产主体责任，组织开展道路客运安全检查')),
  cityDepartment('grain', '安澜市粮食和物资储备局', [
    d('grain-quality', '负责全市粮油产品生产经营和储存环节质量安全监督管理'),
    d('reserves', '负责全市救灾物资和水旱灾害防御物资储备管理'),
  ]),
  cityDepartment('housing', '安澜市住房和城乡建设局', [
    d('gas', '负责全市城镇燃气行业管理，督促燃气企业落实安全生产主体责任'),
    d('chemicals', '配合开展危险化学品储存场所安全检查'),
  ]),
]);

/** Where jieba cuts a normalised text, with the catalogue's words: offsets of word starts and ends. */
function boundaries(result: LintResult, text: string): Set<number> {
  const segmenter = new Segmenter(result.context.matcher.lexicon.dictionary);
  const cuts = new Set<number>([0]);
  let at = 0;
  for (const token of segmenter.cut(text)) cuts.add((at += token.length));
  return cuts;
}

/** Whether `term` occurs in `text` (normalised) as whole words: starting and ending where jieba cuts. */
function readsAsWords(result: LintResult, term: string, text: string): boolean {
  const normalized = normalizeText(text);
  const cuts = boundaries(result, normalized);
  for (let at = normalized.indexOf(term); at >= 0; at = normalized.indexOf(term, at + 1)) {
    if (cuts.has(at) && cuts.has(at + term.length)) return true;
  }
  return false;
}

/**
 * Every term of the pair reads as words of the first duty's text (title and detail, as
 * read), and says something: it is not made of governance verbs and scope words (负责全市).
 */
function expectReadable(result: LintResult, terms: string[], ref: string) {
  const duty = dutyOf(result, ref);
  const texts = [duty.title, duty.detail ?? ''];
  for (const term of terms) {
    expect({ term, readable: texts.some((t) => readsAsWords(result, term, t)) }).toEqual({ term, readable: true });
    expect({ term, says: result.context.matcher.analyzer.analyse(normalizeText(term)).terms.length > 0 }).toEqual({ term, says: true });
  }
}

describe('shared terms are words a person reads', () => {
  it.each([
    // 食品生产经营 beside 粮油产品生产经营: the shared words are 生产经营, not 品生产经营.
    ['al.amr/food-licence', 'al.grain/grain-quality', ['生产经营'], ['品生产经营', '食品生产经营']],
    // 水旱灾害防御 beside 自然灾害救助: 灾害 is shared, 旱灾害 is no word.
    ['al.grain/reserves', 'al.emergency/relief', ['救灾物资'], ['旱灾害', '灾物资']],
    // 督促客运企业 beside 督促燃气企业: 督促客 is no word.
    ['al.transport/passenger-safety', 'al.housing/gas', ['安全生产主体责任'], ['督促客', '促客运']],
    // A phrase containing 危险化学品, as the text writes it.
    ['al.housing/chemicals', 'al.emergency/hazchem-storage', ['危险化学品储存'], []],
  ])('%s beside %s: whole words and phrases of the text, never fragments', async (a, b, expected, fragments) => {
    const result = await lintCatalogue(city());
    const terms = result.context.matcher.sharedTerms(dutyOf(result, a), dutyOf(result, b));
    expect(terms).toEqual(expect.arrayContaining(expected));
    for (const fragment of fragments) expect(terms).not.toContain(fragment);
    expectReadable(result, terms, a);
  });

  it('reports overlaps whose every term reads as words of the duty it is reported on', async () => {
    const result = await lintCatalogue(city());
    const found = result.findings.filter((f) => f.rule === 'overlap');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.terms!.length).toBeGreaterThan(0);
      expectReadable(result, f.terms!, f.duty!);
      for (const term of f.terms!) expect(f.message).toContain(term);
    }
  });

  it('shows an abbreviation as the text writes it, not as the table spells it out', async () => {
    const result = await lintCatalogue(catalogue([
      ...withDuties(cityDepartments(), 'al.transport', d('ride-hailing', '负责全市网络预约出租汽车行业管理')),
      cityDepartment('enforcement', '安澜市城市管理综合行政执法局', [d('ride-hailing', '负责全市网约车行业管理')]),
    ]));
    const finding = overlapOf(result, 'al.transport/ride-hailing', 'al.enforcement/ride-hailing')!;
    expect(finding).toBeDefined();
    expectReadable(result, finding.terms!, finding.duty!);
    const other = finding.duty === 'al.transport/ride-hailing' ? 'al.enforcement/ride-hailing' : 'al.transport/ride-hailing';
    expectReadable(result, result.context.matcher.sharedTerms(dutyOf(result, other), dutyOf(result, finding.duty!)), other);
  });

  // jieba cuts 单用途 as 单 / 用途, and a token of one character carries no term: the phrase
  // still starts with it when the other text writes it there too.
  it('does not cut the first character off a word jieba splits (单用途 is not 用途)', async () => {
    const result = await lintCatalogue(catalogue([
      ...withDuties(cityDepartments(), 'al.amr', d('prepaid', '负责全市单用途商业预付卡发卡企业监督检查，处理预付卡消费纠纷')),
      cityDepartment('commerce', '安澜市商务局', [d('prepaid', '负责全市单用途商业预付卡发卡企业备案和监督管理')]),
    ]));
    const finding = overlapOf(result, 'al.amr/prepaid', 'al.commerce/prepaid');
    expect(finding).toBeDefined();
    expect(finding!.terms!.filter((t) => t.startsWith('用途'))).toEqual([]);
    expect(finding!.terms).toContain('单用途商业预付卡发卡企业');
  });
});
