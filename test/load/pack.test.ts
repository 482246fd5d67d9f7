import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/load-file.js';
import { pack, packBytes, unpack, unpackBytes } from '../../src/load/pack.js';
import type { DepartmentDecl } from '../../src/types.js';
import { fields, YAML } from './packed-fixture.js';

describe('pack / unpack', () => {
  const loaded = [loadFile('zj/rz/amr.yaml', YAML), loadFile('empty.yaml', '')];

  it('carry every field of every duty, defaults included, across a structured clone and JSON', () => {
    expect(loaded[0]!.findings).toEqual([]);
    const before = fields(loaded);
    expect(before).toHaveLength(3);
    expect(before[0]).toMatchObject({ role: 'lead', cascade: false, budget: ['2024-213-05'], line: 7, column: 5 });
    expect(before[1]).toMatchObject({ role: 'main', cascade: true, status: 'active', mandate: [] });
    for (const copy of [structuredClone(pack(loaded)), JSON.parse(JSON.stringify(pack(loaded))) as ReturnType<typeof pack>]) {
      const back = unpack(copy);
      expect(fields(back)).toEqual(before);
      expect(back.map((r) => r.file)).toEqual(['zj/rz/amr.yaml', 'empty.yaml']);
      expect(back[0]!.decls.map((d) => d.kind)).toEqual(['department', 'division']);
      expect((back[0]!.decls[0] as DepartmentDecl).counterparts).toEqual(['zj.amr']);
    }
  });

  it('leaves the packed results as they were', () => {
    const before = fields(loaded);
    pack(loaded);
    expect(fields(loaded)).toEqual(before);
    expect((loaded[0]!.decls[0] as DepartmentDecl).duties).toHaveLength(3);
  });

  it('carry every field through bytes, read in place inside a larger buffer', () => {
    const before = fields(loaded);
    const bytes = packBytes(loaded);
    expect(bytes.length % 4).toBe(0);
    expect(bytes.byteOffset).toBe(0);
    const back = unpackBytes(Buffer.concat([Buffer.alloc(8), bytes]), 8, bytes.length);
    expect(fields(back)).toEqual(before);
    expect(back.map((r) => r.file)).toEqual(['zj/rz/amr.yaml', 'empty.yaml']);
    expect(back[0]!.decls.map((d) => d.kind)).toEqual(['department', 'division']);
  });

  it('refuse bytes that do not add up', () => {
    const bytes = packBytes(loaded);
    expect(() => unpackBytes(bytes.subarray(0, bytes.length - 64))).toThrow();
    const wrongLengths = Buffer.from(bytes);
    wrongLengths.writeUInt32LE(wrongLengths.readUInt32LE(12) - 2, 12);
    expect(() => unpackBytes(wrongLengths)).toThrow();
  });
});
