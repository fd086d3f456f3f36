import type { ApiChannel } from './api';

/**
 * The channel names alone, for the sandboxed preload (which must stay tiny and cannot load
 * zod). A typecheck keeps this list equal to the contract's keys.
 */
export const apiChannels = ['appInfo', 'saveFile', 'readSpreadsheet', 'exportWorkbook', 'printToPdf', 'openFile'] as const satisfies readonly ApiChannel[];

type Missing = Exclude<ApiChannel, (typeof apiChannels)[number]>;
const everyChannelListed: Missing extends never ? true : Missing = true;
void everyChannelListed;

export const ipcChannelName = (channel: ApiChannel): string => `kinerja:${channel}`;
