import type { AppInfo, DesktopApi } from '@shared/api';
import { IPC_CHANNELS } from '@shared/api';

/** Sends a request to the main process and resolves with its answer (ipcRenderer.invoke in production). */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// The answers cross a process boundary untyped; check their shape so the renderer can trust the contract.
function toAppInfo(value: unknown): AppInfo {
  if (
    isRecord(value) &&
    typeof value.version === 'string' &&
    typeof value.dataLocation === 'string' &&
    (value.platform === 'desktop' || value.platform === 'browser')
  ) {
    return { version: value.version, dataLocation: value.dataLocation, platform: value.platform };
  }
  throw new Error('Unexpected answer from the desktop for getAppInfo');
}

function toBoolean(value: unknown, channel: string): boolean {
  if (typeof value === 'boolean') return value;
  throw new Error(`Unexpected answer from the desktop for ${channel}`);
}

/**
 * The object exposed to the renderer: one named function per channel, forwarding only its declared
 * arguments, so the page can never choose a channel or see ipcRenderer or an IPC event.
 */
export function createDesktopApi(invoke: Invoke): DesktopApi {
  const api = {
    getAppInfo: async () => toAppInfo(await invoke(IPC_CHANNELS.getAppInfo)),
    openExternal: async (url: string) =>
      toBoolean(await invoke(IPC_CHANNELS.openExternal, url), IPC_CHANNELS.openExternal),
  } satisfies DesktopApi;
  return api;
}
