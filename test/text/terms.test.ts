import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize.js';
import { decodeTerms, encodeTerms, termsOf } from '../../src/text/terms.js';
import { termCode, tokenize } from '../../src/text/tokenize.js';

const sorted = (codes: number[]) => [...codes].sort((a, b) => a - b);

const TEXTS = [
  '负责全区食品安全监督管理工作，组织开展食品安全风险监测',
  '承擔本市特種設備安全監察工作', // traditional: normalised to simplified first
  '拟订ＡＢＣ行业发展规划（２０２５）', // full-width letters and digits
  'Responsible for the supervision of food safety and 2024 inspections in the district',
  '农产品质量安全 quality testing of agricultural products 农产品',
  '负责', // only a stop phrase
  '林',
  '',
  '安全'.repeat(5000) + '管理体制改革', // longer than the scratch set holds
  Array.from({ length: 6000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join(''), // 6,000 distinct characters
];

describe('termsOf', () => {
  it('encodes exactly the distinct terms tokenize finds', () => {
    for (const text of TEXTS) {
      const expected = sorted(tokenize(normalizeText(text)));
      expect(sorted(decodeTerms(termsOf(text))), text.slice(0, 20)).toEqual(expected);
      expect(sorted(decodeTerms(encodeTerms(expected)))).toEqual(expected);
    }
  });

  it('lists each term once, as character bigrams and stemmed words', () => {
    expect(sorted(decodeTerms(termsOf('食品安全食品安全')))).toEqual(sorted(['食品', '品安', '安全', '全食'].map(termCode)));
    expect(decodeTerms(termsOf('inspections inspection'))).toEqual([termCode('inspect')]);
  });

  it('carries nothing over from one text to the next', () => {
    const first = TEXTS.map(termsOf);
    const again = [...TEXTS].reverse().map(termsOf).reverse();
    expect(again).toEqual(first);
  });
});
