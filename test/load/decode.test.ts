import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/load/decode.js';

const DEPT = 'kind: department\nid: zj.rz.amr\nname: 润州区市场监督管理局\njurisdiction: zj.rz\nduties:\n  - id: d1\n    title: 负责全区食品安全监督管理\n';

/** Bytes that are not UTF-8 are a problem at their first bad byte, with the encoding they are probably in. */
describe('decodeText', () => {
  it('reads UTF-8 as it is, a byte order mark kept (the parser and positions expect it)', () => {
    expect(decodeText(Buffer.from(DEPT))).toEqual({ text: DEPT });
    expect(decodeText(Buffer.from('\ufeff' + DEPT))).toEqual({ text: '\ufeff' + DEPT });
    // Whatever `encoding` says: a catalogue may hold UTF-8 files beside GB18030 ones.
    expect(decodeText(Buffer.from(DEPT), 'gb18030')).toEqual({ text: DEPT });
  });

  it('GBK: at the first Chinese character, as gb18030 (even in a short text, where chardet says Latin-1)', () => {
    expect(decodeText(iconv.encode(DEPT, 'gbk'))).toEqual({ problem: { line: 3, column: 7, byte: 'c8', guess: 'gb18030' } });
    expect(decodeText(iconv.encode('title: 负责\n', 'gbk'))).toEqual({ problem: { line: 1, column: 8, byte: 'b8', guess: 'gb18030' } });
    // The column counts characters, as the YAML parser does: `名称：` before the bad byte is 3.
    expect(decodeText(Buffer.concat([Buffer.from('a: 1\n名称：'), iconv.encode('负责', 'gbk')]))).toMatchObject({ problem: { line: 2, column: 4 } });
  });

  it('a bad first byte is at 1:1, however many lines follow (not on the last line)', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(decodeText(png)).toMatchObject({ problem: { line: 1, column: 1, byte: '89' } });
  });

  it('Big5, told from GB18030 by chardet on a longer text', () => {
    const text = 'kind: department\nid: tw.a\nname: 臺北市政府文化局\njurisdiction: tw\nduties:\n  - id: d1\n    title: 負責全市文化資產保存與古蹟維護管理工作\n  - id: d2\n    title: 負責藝文展演場館的營運與監督管理\n';
    expect(decodeText(iconv.encode(text, 'big5'))).toMatchObject({ problem: { line: 3, column: 7, guess: 'big5' } });
  });

  it('UTF-16, by its byte order mark or by the NUL bytes beside every ASCII character', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(DEPT, 'utf-16le')]))).toEqual({ problem: { line: 1, column: 1, byte: 'ff', guess: 'utf-16le' } });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(DEPT, 'utf-16be')]))).toMatchObject({ problem: { guess: 'utf-16be' } });
    expect(decodeText(iconv.encode(DEPT, 'utf-16le'))).toMatchObject({ problem: { guess: 'utf-16le' } });
    expect(decodeText(iconv.encode(DEPT, 'utf-16be'))).toMatchObject({ problem: { guess: 'utf-16be' } });
  });

  it('Latin-1 text, as windows-1252 (which reads it the same)', () => {
    const text = 'kind: department\nid: x\nname: Café Müller\nduties:\n  - id: menu\n    title: Gérer la carte des crêpes\n';
    expect(decodeText(iconv.encode(text, 'latin1'))).toEqual({ problem: { line: 3, column: 10, byte: 'e9', guess: 'windows-1252' } });
  });

  it('a stray byte is not taken for an encoding: no guess', () => {
    expect(decodeText(Buffer.from([0x61, 0x0a, 0x62, 0x80, 0x0a]))).toEqual({ problem: { line: 2, column: 2, byte: '80' } });
    // Nor is a lone NUL UTF-16: the YAML parser reports it at its place.
    expect(decodeText(Buffer.from('a: 1\nb: "\u0000"\n'))).toEqual({ text: 'a: 1\nb: "\u0000"\n' });
  });

  it('an encoding given reads the files that are not UTF-8', () => {
    expect(decodeText(iconv.encode(DEPT, 'gbk'), 'gb18030')).toEqual({ text: DEPT });
    expect(decodeText(iconv.encode(DEPT, 'gbk'), 'GBK')).toEqual({ text: DEPT });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(DEPT, 'utf-16le')]), 'utf-16le')).toEqual({ text: DEPT });
    expect(decodeText(iconv.encode(DEPT, 'utf-16be'), 'utf-16be')).toEqual({ text: DEPT });
    // A UTF-16 file is not read as GB18030 (it would be text full of NUL characters).
    expect(decodeText(iconv.encode(DEPT, 'utf-16le'), 'gb18030')).toMatchObject({ problem: { guess: 'utf-16le' } });
  });
});
