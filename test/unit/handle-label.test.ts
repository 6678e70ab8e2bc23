import { describe, expect, it } from 'vitest';
import { handleLabel } from '@/lib/customers/handle-label';

describe('how handles read on screen', () => {
  it.each([
    ['dana_r', '@dana_r'],
    ['maria.k', '@maria.k'],
    ['company/acme-support', 'acme-support'],
    ['650000000000000000000b0b', 'id …000b0b'],
    ['100012345678', 'id …345678'],
    ['UCsamRivera0000000000001', 'id …000001'],
    ['unknown-3fa9c1d2e4', 'author not named'],
    ['1984', '@1984'],
  ])('%s reads as %s', (handle, shown) => expect(handleLabel(handle)).toBe(shown));
});
