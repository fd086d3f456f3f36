import { describe, expect, it } from 'vitest';
import { canonicalJson } from './auditChain';

describe('canonicalJson', () => {
  it('writes the same text whatever order the keys came in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: { c: 'x', d: [1, { y: 2, z: 1 }] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' } }));
  });

  it('leaves out undefined properties and writes undefined elsewhere as null', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson([undefined, 1])).toBe('[null,1]');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson({ name: 'Rambu "Ratu"\n' })).toBe('{"name":"Rambu \\"Ratu\\"\\n"}');
  });
});
