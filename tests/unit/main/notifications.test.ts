import { EventEmitter } from 'node:events';
import type { Notification, NotificationConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { ReminderKind, ReminderNotice } from '@shared/api';
import type { NotificationClassLike, ReminderNotificationLike } from '../../../src/main/notifications';
import { createReminderNotifier } from '../../../src/main/notifications';

class FakeNotification extends EventEmitter implements ReminderNotificationLike {
  static isSupportedHere = true;
  static created: FakeNotification[] = [];
  static failOnShow = false;
  isShown = false;
  isClosed = false;

  static isSupported(): boolean {
    return FakeNotification.isSupportedHere;
  }
  constructor(readonly options: NotificationConstructorOptions) {
    super();
    FakeNotification.created.push(this);
  }
  show(): void {
    if (FakeNotification.failOnShow) throw new Error('no notification server');
    this.isShown = true;
  }
  close(): void {
    this.isClosed = true;
  }
}

const CHECK_IN: ReminderNotice = {
  kind: 'check-in',
  title: 'Daily check-in',
  body: 'How was your back today? It takes a minute.',
};
const POSTURE: ReminderNotice = {
  kind: 'posture-break',
  title: 'Time to move',
  body: 'You have been at the desk for 50 minutes. Stand up and roll your shoulders.',
};

function setUp(
  options: { icon?: string; onClick?: (kind: ReminderKind) => void; showTimeoutMs?: number } = {},
) {
  const clicked: ReminderKind[] = [];
  const logs: string[] = [];
  const notShown: ReminderNotice[] = [];
  const notifier = createReminderNotifier({
    Notification: FakeNotification,
    icon: options.icon,
    onClick: options.onClick ?? ((kind) => clicked.push(kind)),
    onNotShown: (notice) => notShown.push(notice),
    showTimeoutMs: options.showTimeoutMs,
    log: (message) => logs.push(message),
  });
  return { notifier, clicked, logs, notShown };
}

describe('createReminderNotifier', () => {
  beforeEach(() => {
    FakeNotification.isSupportedHere = true;
    FakeNotification.created = [];
    FakeNotification.failOnShow = false;
  });

  it('asks only for what Electron’s Notification has (checked by tsc)', () => {
    expectTypeOf<Notification>().toExtend<ReminderNotificationLike>();
    expectTypeOf<typeof Notification>().toExtend<NotificationClassLike<Notification>>();
  });

  it('shows the reminder with its title and body, not silently', () => {
    const { notifier } = setUp();
    expect(notifier.show(CHECK_IN)).toBe(true);
    const [notification] = FakeNotification.created;
    expect(notification?.options).toEqual({
      title: 'Daily check-in',
      body: 'How was your back today? It takes a minute.',
      silent: false,
    });
    expect(notification?.isShown).toBe(true);
  });

  it('uses the app icon when given one', () => {
    const { notifier } = setUp({ icon: '/resources/icon.png' });
    notifier.show(CHECK_IN);
    expect(FakeNotification.created[0]?.options.icon).toBe('/resources/icon.png');
  });

  it('shows nothing and says so where notifications are not supported', () => {
    FakeNotification.isSupportedHere = false;
    const { notifier } = setUp();
    expect(notifier.show(CHECK_IN)).toBe(false);
    expect(FakeNotification.created).toEqual([]);
  });

  it('opens the form for the reminder’s kind when it is clicked', () => {
    const { notifier, clicked } = setUp();
    notifier.show(CHECK_IN);
    notifier.show(POSTURE);
    FakeNotification.created[1]?.emit('click', {});
    FakeNotification.created[0]?.emit('click', {});
    expect(clicked).toEqual(['posture-break', 'check-in']);
  });

  it('keeps each shown reminder until it is clicked, closed or fails, so its click still works', () => {
    const { notifier } = setUp();
    notifier.show(CHECK_IN);
    notifier.show(POSTURE);
    notifier.show(CHECK_IN);
    expect(notifier.waitingCount()).toBe(3);
    FakeNotification.created[0]?.emit('click', {});
    expect(notifier.waitingCount()).toBe(2);
    FakeNotification.created[1]?.emit('close', {});
    expect(notifier.waitingCount()).toBe(1);
    FakeNotification.created[2]?.emit('failed', {}, 'toast failed');
    expect(notifier.waitingCount()).toBe(0);
  });

  it('does not keep reminders without end when the system never says they went away', () => {
    const { notifier } = setUp();
    for (let i = 0; i < 80; i++) notifier.show(POSTURE);
    expect(notifier.waitingCount()).toBe(50);
    // The newest are the ones kept.
    FakeNotification.created[79]?.emit('close', {});
    expect(notifier.waitingCount()).toBe(49);
  });

  it('logs a reminder that failed to appear', () => {
    const { notifier, logs } = setUp();
    notifier.show(CHECK_IN);
    FakeNotification.created[0]?.emit('failed', {}, 'toast failed');
    expect(logs).toEqual(['A reminder could not be shown']);
  });

  it('answers false, logs, and keeps nothing when showing throws', () => {
    FakeNotification.failOnShow = true;
    const { notifier, logs } = setUp();
    expect(notifier.show(CHECK_IN)).toBe(false);
    expect(logs).toEqual(['Could not show a reminder']);
    expect(notifier.waitingCount()).toBe(0);
  });

  it('logs an error from opening the form instead of letting it escape into Electron', () => {
    const { notifier, logs } = setUp({
      onClick: () => {
        throw new Error('no window');
      },
    });
    notifier.show(CHECK_IN);
    expect(() => FakeNotification.created[0]?.emit('click', {})).not.toThrow();
    expect(logs).toEqual(['Could not open the form for a reminder']);
  });
});

describe('createReminderNotifier when the system does not deliver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeNotification.isSupportedHere = true;
    FakeNotification.created = [];
    FakeNotification.failOnShow = false;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands a reminder that failed to the journal window, and answers false for the rest of the session', () => {
    const { notifier, notShown, logs } = setUp();
    // show() itself succeeds; the system says afterwards that it could not deliver (an unsigned macOS app).
    expect(notifier.show(CHECK_IN)).toBe(true);
    FakeNotification.created[0]?.emit('failed', {}, 'Notifications are not allowed for this application');
    expect(notShown).toEqual([CHECK_IN]);
    expect(logs).toEqual(['A reminder could not be shown']);
    // Later reminders go straight to the page, which shows a reminder itself when the answer is false.
    expect(notifier.show(POSTURE)).toBe(false);
    expect(FakeNotification.created).toHaveLength(1);
    expect(notShown).toEqual([CHECK_IN]);
  });

  it('on macOS takes a reminder not shown within the wait as not delivered, and closes it', () => {
    const { notifier, notShown, logs } = setUp({ showTimeoutMs: 5_000 });
    expect(notifier.show(CHECK_IN)).toBe(true);
    vi.advanceTimersByTime(4_999);
    expect(notShown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(notShown).toEqual([CHECK_IN]);
    expect(logs).toEqual(['A reminder was not shown in time']);
    expect(FakeNotification.created[0]?.isClosed).toBe(true);
    expect(notifier.waitingCount()).toBe(0);
    expect(notifier.show(POSTURE)).toBe(false);
  });

  it('keeps showing reminders as notifications while the system says it shows them', () => {
    const { notifier, notShown } = setUp({ showTimeoutMs: 5_000 });
    expect(notifier.show(CHECK_IN)).toBe(true);
    FakeNotification.created[0]?.emit('show', {});
    vi.advanceTimersByTime(60_000);
    expect(notShown).toEqual([]);
    expect(FakeNotification.created[0]?.isClosed).toBe(false);
    expect(notifier.show(POSTURE)).toBe(true);
    // A shown reminder still opens its form when clicked.
    expect(notifier.waitingCount()).toBe(2);
  });

  it('hands a reminder to the page only once, even if it fails after the wait', () => {
    const { notifier, notShown } = setUp({ showTimeoutMs: 5_000 });
    notifier.show(CHECK_IN);
    vi.advanceTimersByTime(5_000);
    FakeNotification.created[0]?.emit('failed', {}, 'late');
    expect(notShown).toEqual([CHECK_IN]);
  });

  it('does not wait where no wait is asked for (Windows and Linux)', () => {
    const { notifier, notShown } = setUp();
    notifier.show(CHECK_IN);
    vi.advanceTimersByTime(60_000);
    expect(notShown).toEqual([]);
    expect(notifier.show(POSTURE)).toBe(true);
  });

  it('does not hand over a reminder whose show() threw: the answer false already tells the page', () => {
    FakeNotification.failOnShow = true;
    const { notifier, notShown } = setUp({ showTimeoutMs: 5_000 });
    expect(notifier.show(CHECK_IN)).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(notShown).toEqual([]);
  });
});
