import { describe, expect, it } from 'vitest';
import { append, maxOf } from '../src/arrays.js';

const MANY = 300_000;

describe('append', () => {
  it('adds every item in order and returns the target', () => {
    const target = [1, 2];
    expect(append(target, [3, 4])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4]);
  });

  it('takes more items than a spread into push() can', () => {
    const items = Array.from({ length: MANY }, (_, i) => i);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const target = append(['a'] as Array<string | number>, items);
    expect(target).toHaveLength(MANY + 1);
    expect(target[MANY]).toBe(MANY - 1);
  });
});

describe('maxOf', () => {
  it('is the largest measure, never below the floor', () => {
    expect(maxOf(['a', 'abc', 'ab'], (s) => s.length)).toBe(3);
    expect(maxOf(['a'], (s) => s.length, 5)).toBe(5);
    expect(maxOf([], (s: string) => s.length)).toBe(-Infinity);
    expect(maxOf([], (s: string) => s.length, 0)).toBe(0);
  });

  it('takes more items than Math.max(...items) can', () => {
    const items = Array.from({ length: MANY }, (_, i) => i);
    expect(() => Math.max(...items)).toThrow(RangeError);
    expect(maxOf(items, (n) => n)).toBe(MANY - 1);
  });
});
