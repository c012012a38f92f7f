import type {
  AppInfo,
  AutomaticBackupFile,
  AutomaticBackupReason,
  DesktopApi,
  DesktopNotice,
  DesktopPreferences,
  DesktopPreferencesResult,
  ReminderKind,
  ReminderNotice,
  SaveFileResult,
} from '@shared/api';
import {
  AUTOMATIC_BACKUP_REASONS,
  COMMAND_CHANNEL,
  IPC_CHANNELS,
  NOTICE_CHANNEL,
  REMINDER_BODY_MAX,
  REMINDER_KINDS,
  REMINDER_TITLE_MAX,
  SYNC_FOLDER_CHANNEL,
  isAppCommand,
} from '@shared/api';
import { isRecord } from '@shared/isRecord';
import { createSyncApi, toSyncFolderChange } from './syncApi';

/** Sends a request to the main process and resolves with its answer (ipcRenderer.invoke in production). */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/**
 * Listens to messages the main process sends on a channel and returns a function that stops listening
 * (ipcRenderer.on / removeListener in production, wrapped so that only the payload, never the IPC event,
 * reaches the listener).
 */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/** How many commands are kept while the page is not listening yet; older ones are dropped first. */
export const COMMAND_BUFFER_LIMIT = 10;

// The answers cross a process boundary untyped; check their shape so the renderer can trust the contract.
function toAppInfo(value: unknown): AppInfo {
  if (
    isRecord(value) &&
    typeof value.version === 'string' &&
    typeof value.dataLocation === 'string' &&
    (value.platform === 'desktop' || value.platform === 'browser') &&
    typeof value.keepInTrayByDefault === 'boolean'
  ) {
    return {
      version: value.version,
      dataLocation: value.dataLocation,
      platform: value.platform,
      keepInTrayByDefault: value.keepInTrayByDefault,
    };
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

function toDesktopPreferencesResult(value: unknown, channel: string): DesktopPreferencesResult {
  const shortcut = isRecord(value) ? value.shortcut : undefined;
  if (!isRecord(shortcut)) throw unexpected(channel);
  switch (shortcut.status) {
    case 'off':
      return { shortcut: { status: 'off' } };
    case 'registered':
      if (typeof shortcut.accelerator !== 'string') break;
      return {
        shortcut: {
          status: 'registered',
          accelerator: shortcut.accelerator,
          ...(shortcut.mayNeedDesktopApproval === true ? { mayNeedDesktopApproval: true } : {}),
        },
      };
    case 'refused':
    case 'invalid':
    case 'unsupported':
      if (typeof shortcut.message !== 'string') break;
      return { shortcut: { status: shortcut.status, message: shortcut.message } };
  }
  throw unexpected(channel);
}

/** An ISO instant (anything Date.parse reads), or null. */
function toInstantOrNull(value: unknown, channel: string): string | null {
  if (value === null) return null;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
  throw unexpected(channel);
}

function toBackupFiles(value: unknown, channel: string): AutomaticBackupFile[] {
  if (!Array.isArray(value)) throw unexpected(channel);
  return value.map((item: unknown) => toBackupFile(item, channel));
}

/**
 * Passes one kind of message from the desktop to the page's listeners. It listens from the start, because the
 * journal page subscribes only once its database is open and a menu, tray or reminder click may come before
 * that: messages that arrive while nobody listens are kept (the last COMMAND_BUFFER_LIMIT) and handed, in
 * order, to the next listener, a microtask after it subscribes (so a listener that is removed at once, as
 * React's StrictMode does, leaves them for the one that follows). `parse` drops anything not in the contract.
 */
function createRelay<T>(
  subscribe: Subscribe,
  channel: string,
  parse: (payload: unknown) => T | undefined,
): (listener: (message: T) => void) => () => void {
  // Entries rather than the functions themselves, so the same function subscribed twice is called twice
  // and each unsubscribe removes only its own.
  const listeners = new Set<{ listener: (message: T) => void }>();
  let pending: T[] = [];

  function deliver(message: T): void {
    for (const entry of [...listeners]) {
      try {
        entry.listener(message);
      } catch (error) {
        // One failing listener must not keep the message from the others.
        console.error(`A listener for ${channel} failed`, error);
      }
    }
  }

  function flushPending(): void {
    if (listeners.size === 0) return;
    const messages = pending;
    pending = [];
    for (const message of messages) deliver(message);
  }

  subscribe(channel, (payload) => {
    const message = parse(payload);
    if (message === undefined) return;
    // While older messages wait for their flush, a new one queues behind them to keep the order.
    if (listeners.size === 0 || pending.length > 0) {
      pending = [...pending, message].slice(-COMMAND_BUFFER_LIMIT);
      return;
    }
    deliver(message);
  });

  return (listener) => {
    const entry = { listener };
    listeners.add(entry);
    if (pending.length > 0) queueMicrotask(flushPending);
    return () => {
      listeners.delete(entry);
    };
  };
}

function isReminderKind(value: unknown): value is ReminderKind {
  return REMINDER_KINDS.some((kind) => kind === value);
}

function toReminderNotice(value: unknown): ReminderNotice | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, title, body } = value;
  if (!isReminderKind(kind) || typeof title !== 'string' || typeof body !== 'string') return undefined;
  if (title === '' || title.length > REMINDER_TITLE_MAX || body.length > REMINDER_BODY_MAX) return undefined;
  return { kind, title, body };
}

/** A DesktopNotice rebuilt field by field, or undefined for anything else. */
function toDesktopNotice(payload: unknown): DesktopNotice | undefined {
  if (!isRecord(payload)) return undefined;
  if (payload.kind === 'kept-in-tray') return { kind: 'kept-in-tray' };
  if (payload.kind === 'reminder-not-shown') {
    const reminder = toReminderNotice(payload.reminder);
    return reminder === undefined ? undefined : { kind: 'reminder-not-shown', reminder };
  }
  return undefined;
}

/**
 * The object exposed to the renderer: one named function per channel, forwarding only its declared
 * arguments, so the page can never choose a channel or see ipcRenderer or an IPC event.
 */
export function createDesktopApi(invoke: Invoke, subscribe: Subscribe): DesktopApi {
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
    applyDesktopPreferences: async (preferences: DesktopPreferences) =>
      toDesktopPreferencesResult(
        await invoke(IPC_CHANNELS.applyDesktopPreferences, {
          quickLogShortcut: preferences.quickLogShortcut,
          keepInTray: preferences.keepInTray,
        }),
        IPC_CHANNELS.applyDesktopPreferences,
      ),
    showReminder: async (reminder: ReminderNotice) =>
      toBoolean(
        await invoke(IPC_CHANNELS.showReminder, {
          kind: reminder.kind,
          title: reminder.title,
          body: reminder.body,
        }),
        IPC_CHANNELS.showReminder,
      ),
    deskStretchStartedAt: async () =>
      toInstantOrNull(await invoke(IPC_CHANNELS.deskStretchStartedAt), IPC_CHANNELS.deskStretchStartedAt),
    closeQuickLogWindow: async () => {
      // Nothing to check: the answer carries no information.
      await invoke(IPC_CHANNELS.closeQuickLogWindow);
    },
    onCommand: createRelay(subscribe, COMMAND_CHANNEL, (payload) =>
      isAppCommand(payload) ? payload : undefined,
    ),
    onNotice: createRelay(subscribe, NOTICE_CHANNEL, toDesktopNotice),
    sync: createSyncApi(invoke, createRelay(subscribe, SYNC_FOLDER_CHANNEL, toSyncFolderChange)),
  } satisfies DesktopApi;
  return api;
}
