import type { AppCommand, DesktopNotice, ReminderKind } from '@shared/api';
import { COMMAND_CHANNEL, NOTICE_CHANNEL, isAppCommand } from '@shared/api';

/** The parts of the main window's WebContents a command or notice needs, so tests can pass a small fake. */
export interface CommandWebContents {
  send(channel: string, message: AppCommand | DesktopNotice): void;
  isLoading(): boolean;
  once(event: 'did-finish-load', listener: () => void): unknown;
}

export interface CommandTargetWindow {
  webContents: CommandWebContents;
}

export interface CommandSenderDeps<W extends CommandTargetWindow> {
  getMainWindow: () => W | undefined;
  createMainWindow: () => W;
  /** Shows, restores and focuses the window (focusWindow), which may be hidden in the tray. */
  focus: (window: W) => void;
  log: (message: string, details?: unknown) => void;
}

export type SendCommand = (command: AppCommand) => void;

/**
 * Sends a command from the menu, the tray or a clicked reminder to the journal window, opening and
 * bringing that window forward first: whatever the person chose should appear in front of them.
 */
export function createCommandSender<W extends CommandTargetWindow>(deps: CommandSenderDeps<W>): SendCommand {
  return (command) => {
    // Commands reach the renderer as they are, so only the known ones go: the preload drops anything else too.
    if (!isAppCommand(command)) {
      deps.log('Ignored an unknown command', command);
      return;
    }
    const existing = deps.getMainWindow();
    const window = existing ?? deps.createMainWindow();
    deps.focus(window);
    const { webContents } = window;
    // A page still loading (or a window made just now, which may not have started) would drop the message.
    if (existing === undefined || webContents.isLoading()) {
      webContents.once('did-finish-load', () => webContents.send(COMMAND_CHANNEL, command));
    } else {
      webContents.send(COMMAND_CHANNEL, command);
    }
  };
}

export type SendNotice = (notice: DesktopNotice) => void;

/**
 * Sends a notice to the journal window to show inside its page, without bringing the window forward (the
 * page shows it once it is seen). With no journal window there is no page to show it in, and nothing to do.
 */
export function createNoticeSender<W extends CommandTargetWindow>(deps: {
  getMainWindow: () => W | undefined;
}): SendNotice {
  return (notice) => {
    const window = deps.getMainWindow();
    if (window === undefined) return;
    const { webContents } = window;
    if (webContents.isLoading()) {
      webContents.once('did-finish-load', () => webContents.send(NOTICE_CHANNEL, notice));
    } else {
      webContents.send(NOTICE_CHANNEL, notice);
    }
  };
}

/**
 * What clicking a reminder opens: today's check-in, the weekly measures, or for a posture break the
 * journal itself (a break is not pain, so it does not open the pain log); for a follow-up, the journal,
 * where it waits to be answered.
 */
export function commandForReminder(kind: ReminderKind): AppCommand {
  switch (kind) {
    case 'check-in':
      return 'check-in';
    case 'weekly-measures':
      return 'measures';
    case 'posture-break':
      return 'journal';
    // The journal shows the follow-up at the top of every screen.
    case 'follow-up':
      return 'journal';
  }
}
