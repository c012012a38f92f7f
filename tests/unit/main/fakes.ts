import { EventEmitter } from 'node:events';

/** A preventable event like Electron's, recording whether a guard called preventDefault. */
export class FakeEvent {
  isDefaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.isDefaultPrevented = true;
  }
}

/** The bits of a WebContents the guards touch, driven by emitting events by hand. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Emits a navigation-style event and reports whether the guard blocked it. */
  emitPreventable(eventName: string, url = ''): boolean {
    const event = new FakeEvent(url);
    this.emit(eventName, event);
    return event.isDefaultPrevented;
  }
}
