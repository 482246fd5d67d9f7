import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
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

  it('converts every character exactly as OpenCC does, from the table the build writes', () => {
    // npm test builds first, so the table is there and is what normalizeText uses.
    expect(existsSync(join(packageRoot, 'dist', 't2s.txt'))).toBe(true);
    const opencc = Converter({ from: 't', to: 'cn' });
    const differ: string[] = [];
    for (let c = 0x3400; c <= 0xffff; c++) {
      // Surrogates, and the forms NFKC handles first.
      if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0xf900 && c <= 0xfaff) || c >= 0xfe30) continue;
      const ch = String.fromCharCode(c);
      const converted = opencc(ch);
      const expected = converted.length === 1 ? converted : ch;
      if (normalizeText(ch) !== expected.toLowerCase()) differ.push(ch);
    }
    expect(differ).toEqual([]);
  });
});
