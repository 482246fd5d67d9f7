import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize.js';
import { segments, stemWord, termCode, tokenize } from '../../src/text/tokenize.js';

/** The terms of a text the slow way, from its segments as strings. */
function reference(text: string): number[] {
  const codes = new Set<number>();
  for (const seg of segments(normalizeText(text))) {
    if (seg.kind === 'word') codes.add(termCode(stemWord(seg.text)));
    else if (seg.text.length === 1) codes.add(termCode(seg.text));
    else for (let i = 0; i + 1 < seg.text.length; i++) codes.add(termCode(seg.text.slice(i, i + 2)));
  }
  return [...codes].sort((a, b) => a - b);
}

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
  '安全'.repeat(5000) + '管理体制改革', // longer than the scratch set serves
  Array.from({ length: 6000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join(''), // 6,000 distinct characters
  'inspection '.repeat(3000), // a long text of one repeated word
];

describe('tokenize', () => {
  it('gives each distinct bigram, lone character and stemmed word once', () => {
    for (const text of TEXTS) {
      const codes = tokenize(normalizeText(text));
      expect(new Set(codes).size, text.slice(0, 20)).toBe(codes.length);
      expect(sorted(codes), text.slice(0, 20)).toEqual(reference(text));
    }
    expect(sorted(tokenize('食品安全食品安全'))).toEqual(sorted(['食品', '品安', '安全', '全食'].map(termCode)));
    expect(tokenize('inspections inspection')).toEqual([termCode('inspect')]);
  });

  it('carries nothing over from one text to the next', () => {
    const first = TEXTS.map((t) => sorted(tokenize(normalizeText(t))));
    const again = [...TEXTS].reverse().map((t) => sorted(tokenize(normalizeText(t)))).reverse();
    expect(again).toEqual(first);
  });
});
