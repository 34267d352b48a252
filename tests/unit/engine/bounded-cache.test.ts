import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/engine/bounded-cache.ts';

describe('BoundedCache', () => {
  it('computes once per key and forgets the oldest entry when full', () => {
    const cache = new BoundedCache<number>(2);
    let calls = 0;
    const value = (n: number) => () => (calls++, n);
    expect(cache.get('a', value(1))).toBe(1);
    expect(cache.get('a', value(99))).toBe(1);
    cache.get('b', value(2));
    cache.get('c', value(3));
    expect(cache.get('a', value(4))).toBe(4);
    expect(calls).toBe(4);
  });
});
