import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/normalize.js';

describe('normalizeText', () => {
  it('turns full-width forms to half-width, traditional to simplified, and everything to lower case', () => {
    expect(normalizeText('ＡＢＣ食品安全（２０２５）')).toBe('abc食品安全(2025)');
    expect(normalizeText('特種設備安全監察')).toBe('特种设备安全监察');
    expect(normalizeText('Food Safety')).toBe('food safety');
  });

  it('lowers letters beyond ASCII whether or not anything else changed', () => {
    expect(normalizeText('ÄRZTE')).toBe('ärzte');
    expect(normalizeText('Ärzte 體檢')).toBe('ärzte 体检');
    expect(normalizeText('äRZTE')).toBe('ärzte');
  });

  it('leaves simplified Chinese text and its punctuation as it is', () => {
    const text = '负责全区食品安全监督管理、风险监测。';
    expect(normalizeText(text)).toBe(text);
  });
});
