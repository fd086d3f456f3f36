import { contextBridge, ipcRenderer } from 'electron';
import { apiChannels, ipcChannelName } from '../../shared/apiChannels';

/**
 * The sandboxed preload: `window.kinerja` gets one function per API channel and nothing
 * else (never ipcRenderer itself). Each returns the main process's envelope as it came;
 * validation happens on the main side. Imports only the channel list, so zod stays out.
 */
const bridge = Object.fromEntries(
  apiChannels.map((channel) => [
    channel,
    (input?: unknown): Promise<unknown> => ipcRenderer.invoke(ipcChannelName(channel), input),
  ]),
);

contextBridge.exposeInMainWorld('kinerja', bridge);
