import { afterAll, describe, expect, it } from 'vitest';
import { MatchThread } from '../../src/analysis/match-thread.js';
import { distinctTexts, termTable, TextIndex } from '../../src/text/text-index.js';

/**
 * Large catalogues work out the terms of their texts on two threads, each with a vocabulary
 * of its own; the index built from the two shares must be the one built from all the texts.
 */
const DUTIES = [
  '负责全市食品安全监督管理，组织开展食品安全风险监测',
  '负责全市特种设备安全监督管理',
  '负责全市食品安全监督管理，组织开展食品安全风险监测',
  'Supervise food safety across the city and organise risk monitoring',
  '负责全区校外培训机构日常监管',
  '组织开展食品安全抽样检验和风险监测工作',
  '负责全市特种设备安全监督管理',
  '负责农产品质量安全监督管理，组织开展农产品质量安全风险监测',
  'Inspect special equipment such as boilers and elevators',
  '负责全区中小学生研学旅行基地的评定和管理',
];

function snapshot(index: TextIndex) {
  const { ranks, starts, totals, weights } = index.data;
  return {
    ranks: Array.from(ranks), starts: Array.from(starts), totals: Array.from(totals), weights: Array.from(weights),
    textOf: Array.from(index.textOf),
    codes: Array.from(weights, (_, r) => index.termCode(r)),
    df: [...index.frequencies.df].sort((a, b) => a[0] - b[0]),
  };
}

describe('term tables', () => {
  const thread = MatchThread.start();
  afterAll(() => thread?.close());

  it('builds the same index from shares of the texts as from all of them', () => {
    const whole = snapshot(TextIndex.of(DUTIES));
    const distinct = distinctTexts(DUTIES);
    expect(distinct.texts.length).toBe(8);
    for (const at of [1, 4, 7]) {
      const split = new TextIndex(distinct, [termTable(distinct.texts.slice(0, at)), termTable(distinct.texts.slice(at))]);
      expect(snapshot(split)).toEqual(whole);
    }
  });

  it('gets the same terms from the matching thread as from this one', async () => {
    expect(thread).toBeDefined();
    const texts = distinctTexts(DUTIES).texts;
    const theirs = await thread!.termTable(texts);
    const mine = termTable(texts);
    expect(Array.from(theirs.vocab)).toEqual(Array.from(mine.vocab));
    expect(Array.from(theirs.ids)).toEqual(Array.from(mine.ids));
    expect(Array.from(theirs.starts)).toEqual(Array.from(mine.starts));
    expect(mine.ids.length).toBeGreaterThan(50);
  });
});
