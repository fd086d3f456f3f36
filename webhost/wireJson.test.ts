import { describe, expect, it } from 'vitest';
import { parseWireJson, stringifyWireJson } from './wireJson';

// renderer/platform/webBridge.test.ts checks the browser side against the same literals.
describe('wire JSON', () => {
  const bytes = new Uint8Array([0, 1, 2, 250, 255]);

  it('carries bytes as {"$bytes": base64}, Buffers included', () => {
    expect(stringifyWireJson({ input: { bytes } })).toBe('{"input":{"bytes":{"$bytes":"AAEC+v8="}}}');
    expect(stringifyWireJson({ b: Buffer.from(bytes) })).toBe('{"b":{"$bytes":"AAEC+v8="}}');
    const back = parseWireJson('{"input":{"bytes":{"$bytes":"AAEC+v8="}}}') as { input: { bytes: Uint8Array } };
    expect(back.input.bytes).toBeInstanceOf(Uint8Array);
    expect([...back.input.bytes]).toEqual([...bytes]);
  });

  it('leaves other objects alone and refuses bad base64', () => {
    expect(parseWireJson('{"$bytes":"AA==","other":1}')).toEqual({ $bytes: 'AA==', other: 1 });
    expect(() => parseWireJson('{"$bytes":"not base64!"}')).toThrow();
    expect(() => parseWireJson('{"$bytes":"AAA"}')).toThrow();
    expect(() => parseWireJson('{"$bytes":5}')).toThrow();
  });
});
