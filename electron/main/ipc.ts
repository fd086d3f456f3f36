import { apiChannels, ipcChannelName } from '../../shared/apiChannels';
import type { Envelope } from '../../shared/errors';
import type { SenderFrame } from './security/trustedSender';
import { dispatch, type ApiHandlers, type Caller } from './services/apiHandlers';
import type { PrintPage } from './services/printToPdf';

/**
 * Wires the API onto IPC: one `handle` per channel. Before anything runs, the sending frame
 * must be the main frame of its window and come from a trusted origin; an iframe or a page
 * that got navigated elsewhere gets an error and the handler never runs.
 */

/** The parts of Electron's IpcMainInvokeEvent the guard and the handlers read. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
  sender: { mainFrame: unknown; printToPDF?: PrintPage };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, input: unknown) => Promise<unknown>): void;
}

const untrusted: Envelope<never> = { ok: false, error: { code: 'api.untrustedSender' } };

/** Only a trusted sender gets here: its own page is what printToPdf prints, never another window. */
function callerOf(event: InvokeEventLike): Caller {
  const { sender } = event;
  const print = sender.printToPDF;
  return print ? { printPage: (options) => print.call(sender, options) } : {};
}

function senderFrameOf(event: InvokeEventLike): SenderFrame {
  const frame = event.senderFrame;
  return { url: frame?.url, isMainFrame: frame !== null && frame === event.sender.mainFrame };
}

export function registerApi(
  ipcMain: IpcMainLike,
  handlers: ApiHandlers,
  isTrusted: (frame: SenderFrame) => boolean,
): void {
  for (const channel of apiChannels) {
    ipcMain.handle(ipcChannelName(channel), async (event, input) => {
      if (!isTrusted(senderFrameOf(event))) {
        console.warn(`[ipc] refused ${channel} from ${event.senderFrame?.url ?? 'a closed frame'}`);
        return untrusted;
      }
      return dispatch(handlers, channel, input, undefined, callerOf(event));
    });
  }
}
