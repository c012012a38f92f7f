/**
 * The desktop menu's keys for the journal's own actions, in one place so the menu (src/main/menu.ts) and
 * the in-app help's key table agree. Electron accelerator syntax; acceleratorLabel shows them.
 */
export const MENU_KEYS = {
  newEpisode: 'CmdOrCtrl+N',
  checkIn: 'CmdOrCtrl+D',
  exportReport: 'CmdOrCtrl+P',
  saveBackup: 'CmdOrCtrl+S',
  settings: 'CmdOrCtrl+,',
  help: 'F1',
} as const;
