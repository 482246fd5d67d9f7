import { describe, expect, it } from 'vitest';
import { lint, type Finding, type LintResult } from '../../src/index.js';
import { MAX_PAIRS, MAX_RELATED } from '../../src/rules/same-duty.js';
import { catalogue, department, LINE, word } from './group-catalogue.js';
import { findingsOf, mentioning, yaml } from './helpers.js';

/**
 * Many departments of one government holding one duty (one line, word for word, or one
 * higher-level duty implemented explicitly) are one finding, on the first of them, listing
 * the others: not one finding per pair, which for a thousand departments is half a million.
 * Two departments holding it are still a pair. A line that many of a government's
 * departments carry is boilerplate there, so the groups here are held by few of the
 * government's departments: the others hold duties of their own.
 */

async function run(files: Record<string, string>): Promise<LintResult> {
  return lint({ texts: files, lang: 'en' });
}

const refs = (f: Finding) => (f.related ?? []).map((r) => r.duty ?? r.division);
const sand = (i: number) => `hx.d${i}/sand`;

describe('many departments holding one line', () => {
  it('are one overlap, on the first of them, listing the others', async () => {
    const result = await run(catalogue(4));
    expect(findingsOf(result, 'overlap')).toEqual([expect.objectContaining({
      duty: sand(0), file: 'hx/d00000.yaml', severity: 'warn', score: 1,
      related: [sand(1), sand(2), sand(3)].map((duty) => expect.objectContaining({ duty })),
      message: mentioning('3 duties', '3 other departments', LINE, sand(1), '3 listed'),
    })]);
  });

  it('are a pair when two departments hold it, as before', async () => {
    const result = await run(catalogue(2));
    expect(findingsOf(result, 'overlap')).toEqual([expect.objectContaining({
      duty: sand(0), related: [expect.objectContaining({ duty: sand(1) })],
      message: `Overlaps with "${LINE}" of 和县市第1局 (${sand(1)}): similarity 1, shared terms: 查处非法采砂行为, 河道采砂`,
    })]);
  });

  it('keep the finding\'s fingerprint when one more department holds the line', async () => {
    const [before] = findingsOf(await run(catalogue(3)), 'overlap');
    const [after] = findingsOf(await run(catalogue(4)), 'overlap');
    expect(refs(after!)).toHaveLength(3);
    expect(after!.fingerprint).toBe(before!.fingerprint);
  });

  it('are told in Chinese too', async () => {
    const result = await lint({ texts: catalogue(3), lang: 'zh' });
    expect(findingsOf(result, 'overlap')[0]!.message).toMatch(/^与其他 2 个部门的 2 项相同或近似职责交叉/);
  });

  it('are split by role: leads among them are multiple-leads, support holders no overlap', async () => {
    // d0 and d1 lead, d2 and d3 hold it as main, d4 supports.
    const roles = ['lead', 'lead', 'main', 'main', 'support'];
    const result = await run(catalogue(5, 40, (i) => [`role: ${roles[i]}`]));
    expect(findingsOf(result, 'overlap')).toEqual([expect.objectContaining({ duty: sand(0), related: [sand(2), sand(1), sand(3)].map((duty) => expect.objectContaining({ duty })) })]);
    // Two leads: a pair, as before.
    expect(findingsOf(result, 'multiple-leads')).toEqual([expect.objectContaining({ duty: sand(0), related: [expect.objectContaining({ duty: sand(1) })] })]);
    // The support duty names no lead, but the group's leads hold the line: not orphaned.
    expect(findingsOf(result, 'orphan-duty')).toEqual([]);
  });

  it('leave support holders orphaned when none of them leads', async () => {
    const result = await run(catalogue(3, 40, () => ['role: support']));
    expect(findingsOf(result, 'overlap')).toEqual([]);
    expect(findingsOf(result, 'orphan-duty').map((f) => f.duty)).toEqual([sand(0), sand(1), sand(2)]);
  });

  it('are settled by a division naming every one of them, not by one naming some', async () => {
    const division = (parties: number[]) => yaml`
      kind: division
      id: hx-sand
      jurisdiction: hx
      subject: 河道采砂监督管理
      parties:
    ` + parties.map((i) => `  - department: hx.d${i}\n    scope: 第${i}段河道\n`).join('');
    const all = await run({ ...catalogue(3), 'hx/divisions.yaml': division([0, 1, 2]) });
    expect(findingsOf(all, 'overlap')).toEqual([expect.objectContaining({
      severity: 'info', related: [sand(1), sand(2), 'hx-sand'].map((id) => expect.objectContaining(id.startsWith('hx.') ? { duty: id } : { division: id })),
      message: mentioning('settled by division hx-sand'),
    })]);
    const some = await run({ ...catalogue(3), 'hx/divisions.yaml': division([0, 1]) });
    expect(findingsOf(some, 'overlap')).toEqual([expect.objectContaining({ severity: 'warn', duty: sand(0) })]);
  });

  it('let a duty whose entry accepts the rule leave the group', async () => {
    const result = await run(catalogue(4, 40, (i) => (i === 0 ? ['ignore: [{rule: overlap, reason: 第一局的河道已移交}]'] : [])));
    expect(findingsOf(result, 'overlap')).toEqual([expect.objectContaining({ duty: sand(1), related: [sand(2), sand(3)].map((duty) => expect.objectContaining({ duty })) })]);
    expect(result.summary.suppressed).toBe(1);
    expect(findingsOf(result, 'unused-ignore')).toEqual([]);
  });

  it('of a thousand departments are one finding, listing the first MAX_RELATED', async () => {
    // A thousand of seven thousand departments: fewer than carry a line as boilerplate.
    const result = await run(catalogue(1000, 7000));
    const overlaps = findingsOf(result, 'overlap');
    expect(result.findings.length).toBeLessThanOrEqual(3);
    expect(overlaps.filter((f) => f.duty!.endsWith('/sand'))).toEqual([expect.objectContaining({
      duty: sand(0), message: mentioning('999 duties', `${MAX_RELATED} listed`),
    })]);
    expect(overlaps[0]!.related).toHaveLength(MAX_RELATED);
  }, 300_000);
});

describe('many departments implementing one higher-level duty', () => {
  it('of a thousand departments are one finding', async () => {
    const files: Record<string, string> = {
      'up/water.yaml': yaml`
        kind: department
        id: up.water
        name: 上级水利厅
        jurisdiction: up
        duties:
          - id: sand
            title: 负责全省河道采砂监督管理
      `,
    };
    // Each in words of its own: only the mandate makes them one duty.
    for (let i = 0; i < 1000; i++) {
      files[`hx/d${String(i).padStart(5, '0')}.yaml`] = department(i, ['  - id: sand', `    title: Oversee ${word(i * 7 + 5)} ${word(i * 13 + 1)} sand mining`, '    mandate: [up.water/sand]'], ['counterparts: [up.water]']);
    }
    const result = await run(files);
    expect(result.findings.length).toBeLessThanOrEqual(3);
    expect(findingsOf(result, 'overlap').filter((f) => f.duty!.endsWith('/sand'))).toEqual([expect.objectContaining({
      duty: sand(0), inferred: false, message: mentioning('up.water/sand', '999 duties', `${MAX_RELATED} listed`),
    })]);
  }, 300_000);
});

describe('a duty that is the same duty as many others', () => {
  it(`is one finding beyond ${MAX_PAIRS} pairs, listing the best first`, async () => {
    // One register of many, each of the others one of them.
    const words = Array.from({ length: MAX_PAIRS + 10 }, (_, i) => `zq${'bcdfghjklmnp'[i % 12]}${'rstvw'[Math.floor(i / 12) % 5]}ox`);
    const files: Record<string, string> = { 'hx/hub.yaml': yaml`
      kind: department
      id: hx.hub
      name: 和县市登记中心
      jurisdiction: hx
      duties:
        - id: registers
          title: Oversee the ${words.join(', ')} registers
    ` };
    words.forEach((w, i) => {
      files[`hx/p${String(i).padStart(3, '0')}.yaml`] = department(i, ['  - id: register', `    title: Oversee the ${w} register`]);
    });
    const overlaps = findingsOf(await run(files), 'overlap');
    expect(overlaps).toEqual([expect.objectContaining({ duty: 'hx.hub/registers', message: mentioning(`${MAX_PAIRS + 10} duties`, `${MAX_RELATED} listed`) })]);
    expect(overlaps[0]!.related).toHaveLength(MAX_RELATED);
  });

  it(`is a pair finding each up to ${MAX_PAIRS}`, async () => {
    const words = Array.from({ length: 5 }, (_, i) => `zq${'bcdfg'[i]}rox`);
    const files: Record<string, string> = { 'hx/hub.yaml': department(100, ['  - id: registers', `    title: Oversee the ${words.join(', ')} registers`]) };
    words.forEach((w, i) => {
      files[`hx/p${i}.yaml`] = department(i, ['  - id: register', `    title: Oversee the ${w} register`]);
    });
    expect(findingsOf(await run(files), 'overlap')).toHaveLength(5);
  });
});
