import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_API_KEY } from '@shared/api';
import { createDesktopApi } from './api';

// The wrapper keeps ipcRenderer itself, and the IPC event, out of the renderer's reach.
contextBridge.exposeInMainWorld(
  DESKTOP_API_KEY,
  createDesktopApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
