import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { DESKTOP_API_KEY } from '@shared/api';
import type { Subscribe } from './api';
import { createDesktopApi } from './api';

// Only the payload is passed on: the IPC event would give the page ipcRenderer's sender.
const subscribe: Subscribe = (channel, listener) => {
  const onMessage = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
  ipcRenderer.on(channel, onMessage);
  return () => {
    ipcRenderer.removeListener(channel, onMessage);
  };
};

// The wrapper keeps ipcRenderer itself, and the IPC event, out of the renderer's reach.
contextBridge.exposeInMainWorld(
  DESKTOP_API_KEY,
  createDesktopApi((channel, ...args) => ipcRenderer.invoke(channel, ...args), subscribe),
);
