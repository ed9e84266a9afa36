import type { MenuItem, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutDialogOptions, buildMenuTemplate } from './menu';

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => {
    const own = item.role === undefined ? [] : [item.role];
    const submenu = Array.isArray(item.submenu) ? roles(item.submenu) : [];
    return [...own, ...submenu];
  });
}

function menu(isMac: boolean, isPackaged: boolean, showAbout = vi.fn()) {
  return buildMenuTemplate({ isMac, isPackaged, showAbout });
}

describe('buildMenuTemplate', () => {
  it('has the app menu on macOS only', () => {
    expect(roles(menu(true, true))).toContain('appMenu');
    expect(roles(menu(false, true))).not.toContain('appMenu');
  });

  it('has the usual menus', () => {
    const all = roles(menu(false, false));
    for (const role of [
      'fileMenu',
      'editMenu',
      'windowMenu',
      'help',
      'reload',
      'zoomIn',
      'togglefullscreen',
    ]) {
      expect(all, role).toContain(role);
    }
  });

  it('offers DevTools in development builds only', () => {
    expect(roles(menu(false, false))).toContain('toggleDevTools');
    expect(roles(menu(true, false))).toContain('toggleDevTools');
    expect(roles(menu(false, true))).not.toContain('toggleDevTools');
    expect(roles(menu(true, true))).not.toContain('toggleDevTools');
    // The stock view menu would bring DevTools back.
    expect(roles(menu(false, true))).not.toContain('viewMenu');
  });

  it('has an About item in Help that shows the About dialog', () => {
    const showAbout = vi.fn();
    const help = menu(false, true, showAbout).find((item) => item.role === 'help');
    const about = Array.isArray(help?.submenu)
      ? help.submenu.find((item) => item.label === 'About Casegraph')
      : undefined;
    expect(about).toBeDefined();
    about?.click?.({} as MenuItem, undefined, {});
    expect(showAbout).toHaveBeenCalledOnce();
  });
});

describe('aboutDialogOptions', () => {
  it('shows the name and version', () => {
    const options = aboutDialogOptions({ name: 'Casegraph', version: '0.1.0' });
    expect(options.message).toBe('Casegraph');
    expect(options.detail).toContain('0.1.0');
  });
});
