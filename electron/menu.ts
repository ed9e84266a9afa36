/**
 * The application menu. Built from roles so every platform gets its native shortcuts and labels; the only
 * deviation is that packaged builds have no DevTools entry (and with it no Ctrl/Cmd+Alt+I shortcut).
 */
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';

export type MenuConfig = Readonly<{
  isMac: boolean;
  isPackaged: boolean;
  /** Shows the About dialog; injected so the template stays a pure value. */
  showAbout: () => void;
}>;

/** The application menu template for `Menu.buildFromTemplate`. */
export function buildMenuTemplate(config: MenuConfig): MenuItemConstructorOptions[] {
  const viewItems: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { role: 'forceReload' },
    ...(config.isPackaged ? [] : [{ role: 'toggleDevTools' } satisfies MenuItemConstructorOptions]),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];

  return [
    ...(config.isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    // `role: 'viewMenu'` would bring DevTools along, so the submenu is spelled out.
    { label: 'View', submenu: viewItems },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Casegraph', click: () => config.showAbout() }] },
  ];
}

/** The About dialog's content. */
export function aboutDialogOptions(info: Readonly<{ name: string; version: string }>): MessageBoxOptions {
  return {
    type: 'info',
    title: `About ${info.name}`,
    message: info.name,
    detail: `Version ${info.version}`,
    buttons: ['OK'],
  };
}
