import type {
  AppInfo,
  AutomaticBackupFile,
  AutomaticBackupReason,
  DesktopApi,
  SaveFileResult,
} from '@shared/api';
import { AUTOMATIC_BACKUP_REASONS, IPC_CHANNELS } from '@shared/api';

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

function unexpected(channel: string): Error {
  return new Error(`Unexpected answer from the desktop for ${channel}`);
}

function toBoolean(value: unknown, channel: string): boolean {
  if (typeof value === 'boolean') return value;
  throw unexpected(channel);
}

function toText(value: unknown, channel: string): string {
  if (typeof value === 'string') return value;
  throw unexpected(channel);
}

function toTextOrNull(value: unknown, channel: string): string | null {
  if (value === null || typeof value === 'string') return value;
  throw unexpected(channel);
}

function toSaveFileResult(value: unknown, channel: string): SaveFileResult {
  if (isRecord(value) && value.saved === true && typeof value.location === 'string') {
    return { saved: true, location: value.location };
  }
  if (isRecord(value) && value.saved === false) return { saved: false };
  throw unexpected(channel);
}

function isReason(value: unknown): value is AutomaticBackupReason {
  return AUTOMATIC_BACKUP_REASONS.some((reason) => reason === value);
}

function toBackupFile(value: unknown, channel: string): AutomaticBackupFile {
  if (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.createdAt === 'string' &&
    isReason(value.reason) &&
    typeof value.sizeBytes === 'number' &&
    Number.isSafeInteger(value.sizeBytes) &&
    value.sizeBytes >= 0
  ) {
    return { name: value.name, createdAt: value.createdAt, reason: value.reason, sizeBytes: value.sizeBytes };
  }
  throw unexpected(channel);
}

function toBackupFiles(value: unknown, channel: string): AutomaticBackupFile[] {
  if (!Array.isArray(value)) throw unexpected(channel);
  return value.map((item: unknown) => toBackupFile(item, channel));
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
    saveFile: async (suggestedName: string, content: string) =>
      toSaveFileResult(await invoke(IPC_CHANNELS.saveFile, suggestedName, content), IPC_CHANNELS.saveFile),
    saveReportPdf: async (suggestedName: string) =>
      toSaveFileResult(await invoke(IPC_CHANNELS.saveReportPdf, suggestedName), IPC_CHANNELS.saveReportPdf),
    supportsAutomaticBackups: async () =>
      toBoolean(await invoke(IPC_CHANNELS.supportsAutomaticBackups), IPC_CHANNELS.supportsAutomaticBackups),
    writeAutomaticBackup: async (content: string, reason: AutomaticBackupReason) =>
      toBackupFile(
        await invoke(IPC_CHANNELS.writeAutomaticBackup, content, reason),
        IPC_CHANNELS.writeAutomaticBackup,
      ),
    listAutomaticBackups: async () =>
      toBackupFiles(await invoke(IPC_CHANNELS.listAutomaticBackups), IPC_CHANNELS.listAutomaticBackups),
    readAutomaticBackup: async (name: string) =>
      toText(await invoke(IPC_CHANNELS.readAutomaticBackup, name), IPC_CHANNELS.readAutomaticBackup),
    automaticBackupsLocation: async () =>
      toTextOrNull(
        await invoke(IPC_CHANNELS.automaticBackupsLocation),
        IPC_CHANNELS.automaticBackupsLocation,
      ),
  } satisfies DesktopApi;
  return api;
}
