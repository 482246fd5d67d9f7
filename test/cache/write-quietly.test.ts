import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeQuietly } from '../../src/cache/write-quietly.js';

describe('writeQuietly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duty-lint-write-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes parts one after another, more of them than one system call takes', () => {
    // More parts than IOV_MAX (1024 on Linux), of uneven sizes, as a cache of many files has.
    const parts = Array.from({ length: 3000 }, (_, i) => Buffer.from(`${i}:`.repeat(1 + (i % 7))));
    writeQuietly(dir, 'parts.bin', parts);
    expect(readFileSync(join(dir, 'parts.bin')).equals(Buffer.concat(parts))).toBe(true);
  });

  it('replaces a file whole, and when it cannot, says nothing and leaves no temporary file', () => {
    writeFileSync(join(dir, 'kept.txt'), 'before');
    writeQuietly(dir, 'kept.txt', 'after');
    expect(readFileSync(join(dir, 'kept.txt'), 'utf8')).toBe('after');
    // A folder in the way: the rename fails, whoever runs the test.
    mkdirSync(join(dir, 'blocked.bin'));
    writeFileSync(join(dir, 'blocked.bin', 'inside'), 'x');
    expect(() => writeQuietly(dir, 'blocked.bin', [Buffer.from('a'), Buffer.from('b')])).not.toThrow();
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
