/**
 * JSON for the web host's API, with bytes: a Uint8Array travels as {"$bytes": "<base64>"}.
 * The browser side (renderer/platform/webBridge.ts) speaks the same format.
 */

const isBase64 = (text: string) => text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);

export function parseWireJson(text: string): unknown {
  // A reviver runs for every value; most requests carry no bytes and need none.
  if (!text.includes('"$bytes"')) return JSON.parse(text);
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const keys = Object.keys(value);
    if (keys.length !== 1 || keys[0] !== '$bytes') return value;
    const encoded = (value as { $bytes: unknown }).$bytes;
    if (typeof encoded !== 'string' || !isBase64(encoded)) throw new SyntaxError('bad $bytes');
    const buffer = Buffer.from(encoded, 'base64');
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  });
}

export function stringifyWireJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, replaced: unknown) {
    // Read the holder: a Buffer's toJSON has already replaced `replaced` by then.
    const original = this[key];
    if (!(original instanceof Uint8Array)) return replaced;
    return { $bytes: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') };
  });
}
