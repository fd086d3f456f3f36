import type { ApiChannel, ApiInput, ApiOutput } from '../../shared/api';
import type { Envelope } from '../../shared/errors';

/**
 * What the Electron preload exposes as `window.kinerja` (and what the web bridge imitates):
 * each API channel as a function answering an envelope, never throwing for an app error.
 */
export type RawKinerjaBridge = {
  [C in ApiChannel]: (input: ApiInput<C>) => Promise<Envelope<ApiOutput<C>>>;
};

declare global {
  interface Window {
    /** Present only inside Electron; the web host has no preload. */
    kinerja?: RawKinerjaBridge;
  }
}
