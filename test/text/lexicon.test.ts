import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS_EN } from '../../src/text/lexicon/abbreviations-en.js';
import { ABBREVIATIONS_ZH } from '../../src/text/lexicon/abbreviations-zh.js';

type Table = readonly (readonly [string, ...string[]])[];

/**
 * Canonical forms that are not the longest form of their group, on purpose: the current
 * official name is shorter than a former or longer name kept as an equivalent.
 */
const SHORTER_CANONICAL = new Set([
  // zh
  '高素质农民', // formerly 新型职业农民
  '职工基本医疗保险', // formerly 城镇职工基本医疗保险
  '行政事业性国有资产', // the legal term (行政事业性国有资产管理条例)
  // en
  'public housing agency', // the statutory term; public housing authority is the common one
  'state historic preservation office', // the office of the state historic preservation officer
  'american job center', // the brand of one-stop career centers
  'unemployment insurance',
  'employer identification number', // the irs name; fein is its federal-vs-state spelling
  'safety data sheet', // replaced the material safety data sheet
  'acquired immunodeficiency syndrome',
  'children\'s health insurance program', // formerly state children's health insurance program
]);

/** Every form of every group, with the index of its group. */
function forms(table: Table): [string, number][] {
  return table.flatMap((group, g) => group.map((form): [string, number] => [form, g]));
}

/** Forms that are the same after `key`, found in more than one group. */
function sharedAcrossGroups(table: Table, key: (form: string) => string): string[] {
  const groupOf = new Map<string, number>();
  const shared: string[] = [];
  for (const [form, g] of forms(table)) {
    const k = key(form);
    const seen = groupOf.get(k);
    if (seen === undefined) groupOf.set(k, g);
    else if (seen !== g) shared.push(`${form} (groups ${seen} and ${g}: ${table[seen]?.[0]} / ${table[g]?.[0]})`);
  }
  return shared;
}

/** Groups whose canonical form is shorter than another of its forms, compared by `key`. */
function shorterCanonicals(table: Table, key: (form: string) => string): string[] {
  return table
    .filter(([canonical, ...rest]) => !SHORTER_CANONICAL.has(canonical)
      && rest.some((form) => key(form).length > key(canonical).length))
    .map((group) => group.join(' / '));
}

function commonChecks(table: Table) {
  it('has groups of at least two forms', () => {
    expect(table.filter((group) => group.length < 2)).toEqual([]);
  });

  it('has no empty forms and no surrounding or doubled whitespace', () => {
    const bad = forms(table).map(([form]) => form)
      .filter((form) => form.trim().length === 0 || form !== form.trim() || /\s{2,}/.test(form));
    expect(bad).toEqual([]);
  });

  it('puts no form in two groups, nor twice in one group', () => {
    expect(sharedAcrossGroups(table, (form) => form.trim())).toEqual([]);
    const repeated = table.filter((group) => new Set(group.map((f) => f.trim())).size !== group.length);
    expect(repeated).toEqual([]);
  });
}

describe('ABBREVIATIONS_ZH', () => {
  commonChecks(ABBREVIATIONS_ZH);

  it('is a table of several hundred groups', () => {
    expect(ABBREVIATIONS_ZH.length).toBeGreaterThanOrEqual(400);
  });

  it('writes forms in Chinese characters only, with digits where they are part of a name', () => {
    const bad = forms(ABBREVIATIONS_ZH).map(([form]) => form)
      .filter((form) => !/^[\u3400-\u4dbf\u4e00-\u9fff0-9]+$/.test(form) || !/[\u4e00-\u9fff]/.test(form));
    expect(bad).toEqual([]);
  });

  it('has no single-character forms', () => {
    expect(forms(ABBREVIATIONS_ZH).map(([form]) => form).filter((form) => form.length < 2)).toEqual([]);
  });

  it('keeps forms apart when 和 / 与 / 及 / 的 are dropped', () => {
    expect(sharedAcrossGroups(ABBREVIATIONS_ZH, (form) => form.replace(/[和与及的]/g, ''))).toEqual([]);
  });

  it('puts the full form first', () => {
    expect(shorterCanonicals(ABBREVIATIONS_ZH, (form) => form.replace(/[和与及的]/g, ''))).toEqual([]);
  });
});

describe('ABBREVIATIONS_EN', () => {
  commonChecks(ABBREVIATIONS_EN);

  it('is a table of a few hundred groups', () => {
    expect(ABBREVIATIONS_EN.length).toBeGreaterThanOrEqual(250);
  });

  it('writes forms in lower case, with only the punctuation of written names', () => {
    const bad = forms(ABBREVIATIONS_EN).map(([form]) => form)
      .filter((form) => form !== form.toLowerCase() || !/^[a-z0-9][a-z0-9 '/-]*[a-z0-9]$/.test(form));
    expect(bad).toEqual([]);
  });

  it('keeps forms apart when punctuation is read as a space', () => {
    const key = (form: string) => form.replace(/[^a-z0-9]+/g, ' ').trim();
    expect(sharedAcrossGroups(ABBREVIATIONS_EN, key)).toEqual([]);
  });

  it('puts the long form first', () => {
    const key = (form: string) => form.replace(/\b(?:and|the|of|for|to|in)\b/g, '').replace(/[^a-z0-9]/g, '');
    expect(shorterCanonicals(ABBREVIATIONS_EN, key)).toEqual([]);
  });
});
