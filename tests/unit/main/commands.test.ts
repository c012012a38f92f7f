import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AppCommand, DesktopNotice } from '@shared/api';
import { APP_COMMANDS, COMMAND_CHANNEL, NOTICE_CHANNEL, REMINDER_KINDS } from '@shared/api';
import type { CommandWebContents } from '../../../src/main/commands';
import { commandForReminder, createCommandSender, createNoticeSender } from '../../../src/main/commands';

class FakeWebContents extends EventEmitter implements CommandWebContents {
  sent: [string, AppCommand | DesktopNotice][] = [];
  isLoadingNow = false;
  send(channel: string, message: AppCommand | DesktopNotice): void {
    this.sent.push([channel, message]);
  }
  isLoading(): boolean {
    return this.isLoadingNow;
  }
  finishLoading(): void {
    this.isLoadingNow = false;
    this.emit('did-finish-load');
  }
}

class FakeWindow {
  readonly webContents = new FakeWebContents();
}

function setUp(initial?: FakeWindow) {
  let mainWindow = initial;
  const events: string[] = [];
  const logs: string[] = [];
  const created: FakeWindow[] = [];
  const send = createCommandSender({
    getMainWindow: () => mainWindow,
    createMainWindow: () => {
      const window = new FakeWindow();
      window.webContents.isLoadingNow = true;
      created.push(window);
      mainWindow = window;
      events.push('create');
      return window;
    },
    focus: (window) => events.push(window === mainWindow ? 'focus main window' : 'focus another window'),
    log: (message) => logs.push(message),
  });
  return { send, events, logs, created };
}

describe('createCommandSender', () => {
  it('asks only for what Electron’s WebContents has (checked by tsc)', () => {
    expectTypeOf<WebContents>().toExtend<CommandWebContents>();
  });

  it('brings the journal window forward and sends the command to its page', () => {
    const window = new FakeWindow();
    const { send, events } = setUp(window);
    send('check-in');
    expect(events).toEqual(['focus main window']);
    expect(window.webContents.sent).toEqual([[COMMAND_CHANNEL, 'check-in']]);
  });

  it.each(APP_COMMANDS.map((command) => [command]))('passes on %s unchanged', (command) => {
    const window = new FakeWindow();
    const { send } = setUp(window);
    send(command);
    expect(window.webContents.sent).toEqual([['app:command', command]]);
  });

  it('opens the journal window when there is none, and sends once its page has loaded', () => {
    const { send, events, created } = setUp();
    send('quick-log');
    expect(events).toEqual(['create', 'focus main window']);
    const [window] = created;
    expect(window?.webContents.sent).toEqual([]);
    window?.webContents.finishLoading();
    expect(window?.webContents.sent).toEqual([[COMMAND_CHANNEL, 'quick-log']]);
  });

  it('waits for the page to load even when a new window does not say it is loading yet', () => {
    const { send, created } = setUp();
    send('journal');
    const [window] = created;
    if (window) window.webContents.isLoadingNow = false;
    expect(window?.webContents.sent).toEqual([]);
    window?.webContents.finishLoading();
    expect(window?.webContents.sent).toEqual([[COMMAND_CHANNEL, 'journal']]);
  });

  it('waits for a page that is reloading, and sends every command in order, once', () => {
    const window = new FakeWindow();
    window.webContents.isLoadingNow = true;
    const { send } = setUp(window);
    send('settings');
    send('help');
    expect(window.webContents.sent).toEqual([]);
    window.webContents.finishLoading();
    window.webContents.finishLoading();
    expect(window.webContents.sent).toEqual([
      [COMMAND_CHANNEL, 'settings'],
      [COMMAND_CHANNEL, 'help'],
    ]);
  });

  it('does not open a second window for a second command', () => {
    const { send, created } = setUp();
    send('measures');
    send('export-report');
    expect(created).toHaveLength(1);
  });

  it.each(['open-devtools', '', 'CHECK-IN', 42, undefined, { command: 'check-in' }])(
    'ignores and logs %j, which is not a command',
    (notACommand) => {
      const window = new FakeWindow();
      const { send, events, logs } = setUp(window);
      // Called from JavaScript with whatever a caller passed, past the type.
      Reflect.apply(send, undefined, [notACommand]);
      expect(window.webContents.sent).toEqual([]);
      expect(events).toEqual([]);
      expect(logs).toEqual(['Ignored an unknown command']);
    },
  );
});

describe('commandForReminder', () => {
  it.each([
    ['check-in', 'check-in'],
    ['weekly-measures', 'measures'],
    ['posture-break', 'journal'],
    ['follow-up', 'journal'],
  ] as const)('a click on a %s reminder opens %s', (kind, command) => {
    expect(commandForReminder(kind)).toBe(command);
  });

  it('covers every kind of reminder with a command the journal knows', () => {
    for (const kind of REMINDER_KINDS) expect(APP_COMMANDS).toContain(commandForReminder(kind));
  });
});

describe('createNoticeSender', () => {
  const notice: DesktopNotice = {
    kind: 'reminder-not-shown',
    reminder: { kind: 'check-in', title: 'Daily check-in', body: 'How was your back today?' },
  };

  it('sends the notice to the journal window on its own channel, without focusing or opening it', () => {
    const window = new FakeWindow();
    createNoticeSender({ getMainWindow: () => window })(notice);
    expect(window.webContents.sent).toEqual([[NOTICE_CHANNEL, notice]]);
  });

  it('waits for a page still loading', () => {
    const window = new FakeWindow();
    window.webContents.isLoadingNow = true;
    createNoticeSender({ getMainWindow: () => window })({ kind: 'kept-in-tray' });
    expect(window.webContents.sent).toEqual([]);
    window.webContents.finishLoading();
    expect(window.webContents.sent).toEqual([[NOTICE_CHANNEL, { kind: 'kept-in-tray' }]]);
  });

  it('does nothing when there is no journal window', () => {
    expect(() => createNoticeSender({ getMainWindow: () => undefined })(notice)).not.toThrow();
  });
});
