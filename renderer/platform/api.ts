import { apiChannels } from '../../shared/apiChannels';
import type { KinerjaApi } from '../../shared/api';
import { AppError, type Envelope } from '../../shared/errors';
import type { RawKinerjaBridge } from './global';
import { createWebBridge } from './webBridge';

/**
 * The one way the renderer reaches the host: `api.saveFile(…)` resolves with the value or
 * throws an AppError (translate it with its code). Inside Electron it goes through the
 * preload's `window.kinerja`; in a plain browser through the web host.
 */
export function createApi(bridge: () => RawKinerjaBridge): KinerjaApi {
  const call = async (channel: (typeof apiChannels)[number], input: unknown) => {
    const send = bridge()[channel] as (input: unknown) => Promise<Envelope<unknown>>;
    const envelope = await send(input);
    if (!envelope.ok) throw AppError.fromData(envelope.error);
    return envelope.value;
  };
  return Object.fromEntries(
    apiChannels.map((channel) => [channel, (input: unknown) => call(channel, input)]),
  ) as KinerjaApi;
}

let chosen: RawKinerjaBridge | undefined;
/** Chosen on first use, not at import, so tests and tools can import this module freely. */
const hostBridge = () => (chosen ??= window.kinerja ?? createWebBridge());

export const api: KinerjaApi = createApi(hostBridge);
