import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, wrap } from '../../src/formats/text.js';

describe('displayWidth', () => {
  it.each([
    ['ascii', 'zj.rz.amr/food-risk'],
    ['Chinese', '负责全区食品安全风险监测'],
    ['full-width punctuation', '「职责」（交叉）：、，。'],
    ['mixed', 'Overlaps with "负责全市河道采砂" of 和县市水利局 (hx.water/sand-mining)'],
    ['colour codes', '\u001b[31m错误\u001b[39m error'],
    ['combining marks', 'café'],
  ])('agrees with string-width on %s', (_name, text) => {
    expect(displayWidth(text)).toBe(stringWidth(text));
  });
});

describe('wrap', () => {
  const widths = (text: string) => text.split('\n').map(displayWidth);

  it('breaks Chinese between characters and English at spaces, within the width', () => {
    const text = 'Higher-level duty "负责全市水土保持工作" of 和县市水利局 (hx.water/soil) is covered by no duty of 林山区水利局 in hx.ls';
    const lines = wrap(text, 30).split('\n');
    expect(Math.max(...widths(wrap(text, 30)))).toBeLessThanOrEqual(30);
    expect(lines.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    for (const l of lines) expect(l).toBe(l.trim());
  });

  it('never starts a line with a space, a closing mark, or ends one with an opening mark', () => {
    for (let width = 8; width <= 40; width++) {
      const lines = wrap('与润州区卫生健康委员会的职责「负责全区食品安全风险监测评估，组织实施」（zj.rz.health/food-risk）交叉：相似度 0.57，和县 市 水利局', width).split('\n');
      for (const l of lines) {
        expect(l, `width ${width}`).not.toMatch(/^[\s、，。：；」）]/);
        expect(l, `width ${width}`).not.toMatch(/[「（]$/);
      }
    }
  });

  it('drops the space a break falls on, after a closing mark that hangs', () => {
    expect(wrap('一二」 三四', 4)).toBe('一二」\n三四');
  });

  it('keeps a token that cannot break whole, over the width', () => {
    expect(wrap('引用 zj.quality-supervision-and-inspection 不存在', 10).split('\n')).toContain('zj.quality-supervision-and-inspection');
  });
});
