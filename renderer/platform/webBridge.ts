import { apiChannels } from '../../shared/apiChannels';
import type { ApiChannel } from '../../shared/api';
import type { Envelope } from '../../shared/errors';
import type { RawKinerjaBridge } from './global';

/**
 * The browser's stand-in for the Electron preload, talking to the web host (webhost/server.ts):
 * `POST /api/<channel>` with `{"input": …}` on the same origin. Bytes travel as
 * {"$bytes": "<base64>"}, both ways. Like the preload, it answers envelopes and never
 * throws; a network failure is the envelope `api.unreachable`.
 */

const unreachable: Envelope<never> = { ok: false, error: { code: 'api.unreachable' } };

/**
 * Calls that save a file: on the web host they answer a one-time download to start. So does
 * openFile: a page cannot start another program, the browser's downloads can open the file.
 */
const savingChannels: ReadonlySet<ApiChannel> = new Set<ApiChannel>(['saveFile', 'exportWorkbook', 'printToPdf', 'openFile']);

/** Native base64 where the browser has it (Chromium 140+): 1 ms instead of 150 ms for a 1 MB file. */
interface Base64Bytes {
  toBase64?: () => string;
}
interface Base64Decoder {
  fromBase64?: (encoded: string) => Uint8Array;
}

function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Base64Bytes).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  // In slices: String.fromCharCode(...all) would overflow the call stack on large files.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function base64ToBytes(encoded: string): Uint8Array {
  const native = (Uint8Array as Base64Decoder).fromBase64;
  if (native) return native(encoded);
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function stringifyWireJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { $bytes: bytesToBase64(v) } : v));
}

export function parseWireJson(text: string): unknown {
  // A reviver runs for every value: for 100,000 rows of cells that is most of the cost, so
  // it only runs when there are bytes to revive.
  if (!text.includes('"$bytes"')) return JSON.parse(text);
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null) return v;
    const keys = Object.keys(v);
    const encoded = (v as { $bytes?: unknown }).$bytes;
    return keys.length === 1 && keys[0] === '$bytes' && typeof encoded === 'string' ? base64ToBytes(encoded) : v;
  });
}

export interface WebBridgeDeps {
  fetch: typeof fetch;
  /** Starts the browser's download of a file the host keeps for us. */
  download: (url: string, fileName: string) => void;
}

/** A temporary <a download> click: the browser saves the file with its own UI. */
export function downloadWithLink(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

async function call(deps: WebBridgeDeps, channel: ApiChannel, input: unknown): Promise<Envelope<unknown>> {
  let text: string;
  try {
    const response = await deps.fetch(`/api/${channel}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: stringifyWireJson({ input }),
    });
    text = await response.text();
  } catch {
    return unreachable;
  }
  let envelope: Envelope<unknown>;
  try {
    envelope = parseWireJson(text) as Envelope<unknown>;
  } catch {
    return unreachable; // not the web host answering (a proxy's error page, a crash)
  }
  if (savingChannels.has(channel) && envelope.ok) {
    const result = envelope.value as { downloadUrl?: string; fileName?: string };
    if (result.downloadUrl) deps.download(result.downloadUrl, result.fileName ?? '');
  }
  return envelope;
}

export function createWebBridge(
  deps: WebBridgeDeps = { fetch: (...args) => fetch(...args), download: downloadWithLink },
): RawKinerjaBridge {
  return Object.fromEntries(
    apiChannels.map((channel) => [channel, (input: unknown) => call(deps, channel, input)]),
  ) as RawKinerjaBridge;
}
