import { describe, expect, it } from 'vitest';
import { unitAndBelow } from './people';

describe('unitAndBelow', () => {
  it('takes sub-units at any depth, not siblings, and stops at a loop', () => {
    const units = [{ id: 'root', parentId: null }, { id: 'a', parentId: 'root' }, { id: 'a1', parentId: 'a' }, { id: 'b', parentId: 'root' }];
    expect([...unitAndBelow(units, 'a')].sort()).toEqual(['a', 'a1']);
    expect([...unitAndBelow([{ id: 'x', parentId: 'y' }, { id: 'y', parentId: 'x' }], 'x')].sort()).toEqual(['x', 'y']);
  });
});
