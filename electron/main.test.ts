import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../shared/bridge';
import type { MenuItemConstructorOptions } from 'electron';

type Listener = (...args: unknown[]) => void;

/** Just enough of Electron for main.ts to boot, recording everything it is asked to do. */
function createFakeElectron(options: { lock?: boolean; isPackaged?: boolean } = {}) {
  const appListeners = new Map<string, Listener[]>();
  const emitApp = (event: string, ...args: unknown[]) => {
    for (const listener of appListeners.get(event) ?? []) listener(...args);
  };
  const app = {
    isPackaged: options.isPackaged ?? true,
    on: vi.fn((event: string, listener: Listener) => {
      appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      return app;
    }),
    whenReady: vi.fn(() => Promise.resolve()),
    requestSingleInstanceLock: vi.fn(() => options.lock ?? true),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    getName: () => 'Casegraph',
    getVersion: () => '0.1.0',
  };

  class FakeBrowserWindow {
    static readonly all: FakeBrowserWindow[] = [];
    static getAllWindows(): FakeBrowserWindow[] {
      return FakeBrowserWindow.all.filter((window) => !window.closed);
    }
    readonly listeners = new Map<string, Listener>();
    readonly loaded: string[] = [];
    closed = false;
    focus = vi.fn();
    restore = vi.fn();
    constructor(readonly options: { webPreferences?: { preload?: string } }) {
      FakeBrowserWindow.all.push(this);
    }
    once(event: string, listener: Listener): this {
      this.listeners.set(event, listener);
      return this;
    }
    on(event: string, listener: Listener): this {
      this.listeners.set(event, listener);
      return this;
    }
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
    show(): void {}
    isMinimized(): boolean {
      return true;
    }
    close(): void {
      this.closed = true;
      this.listeners.get('closed')?.();
    }
  }

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn<(scheme: string, handler: (request: Request) => Promise<Response>) => void>(),
    },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
      fromPartition: vi.fn((_partition: string) => ({ webRequest: { onBeforeRequest: vi.fn() } })),
    },
    ipcMain: {
      handle:
        vi.fn<
          (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) => void
        >(),
      removeHandler: vi.fn(),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    dialog: {
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })),
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()), showItemInFolder: vi.fn() },
  };
  return { electron, emitApp, windows: FakeBrowserWindow.all };
}

async function boot(fake: ReturnType<typeof createFakeElectron>): Promise<void> {
  vi.resetModules();
  vi.doMock('electron', () => fake.electron);
  await import('./main');
  // start() awaits whenReady(); let its continuation run.
  await new Promise((resolve) => setImmediate(resolve));
}

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role === undefined ? [] : [item.role]),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.doUnmock('electron');
});

describe('main', () => {
  it('registers the app scheme (without bypassCSP) and the sandbox before ready', async () => {
    const fake = createFakeElectron();
    await boot(fake);
    const { protocol, app } = fake.electron;
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      {
        scheme: 'casegraph',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
      },
    ]);
    const registeredAt = protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? Infinity;
    expect(registeredAt).toBeLessThan(app.whenReady.mock.invocationCallOrder[0] ?? -Infinity);
    expect(app.enableSandbox).toHaveBeenCalledOnce();
  });

  it('on ready installs the protocol, permissions, IPC and menu, then opens one app window', async () => {
    const fake = createFakeElectron();
    vi.stubEnv('VITE_DEV_SERVER_URL', 'https://evil.example/');
    await boot(fake);
    const { electron, windows } = fake;

    expect(electron.protocol.handle).toHaveBeenCalledExactlyOnceWith('casegraph', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    // reports are printed in a session of their own, restricted to the report's file
    expect(electron.session.fromPartition).toHaveBeenCalledExactlyOnceWith('casegraph-print');
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      Object.values(IPC).sort(),
    );

    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] ?? [];
    expect(roles(template)).toContain('editMenu');
    expect(roles(template)).not.toContain('toggleDevTools');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();

    // Packaged: the dev server variable is ignored.
    expect(windows).toHaveLength(1);
    expect(windows[0]?.loaded).toEqual(['casegraph://app/index.html']);
    expect(windows[0]?.options.webPreferences?.preload).toMatch(/preload\.cjs$/);
  });

  it('serves the renderer through a handler that refuses traversal', async () => {
    const fake = createFakeElectron();
    await boot(fake);
    const handler = fake.electron.protocol.handle.mock.calls[0]?.[1];
    expect((await handler?.(new Request('casegraph://app/..%2f..%2fpackage.json')))?.status).toBe(403);
  });

  it('hardens every web contents that gets created', async () => {
    const fake = createFakeElectron();
    await boot(fake);
    const events = new Map<string, Listener>();
    const contents = {
      on: (event: string, listener: Listener) => events.set(event, listener),
      setWindowOpenHandler: vi.fn(),
    };
    fake.emitApp('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    const preventDefault = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    events.get('will-navigate')?.({ url: 'https://evil.example/', preventDefault });
    expect(preventDefault).toHaveBeenCalledOnce();
  });

  it('loads the dev server in development and accepts IPC from it', async () => {
    const fake = createFakeElectron({ isPackaged: false });
    vi.stubEnv('VITE_DEV_SERVER_URL', 'http://localhost:5173/');
    await boot(fake);
    expect(fake.windows[0]?.loaded).toEqual(['http://localhost:5173/']);
    const getInfo = fake.electron.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === IPC.getAppInfo,
    )?.[1];
    if (getInfo === undefined) throw new Error('getAppInfo is not handled');
    const devFrame = { senderFrame: { url: 'http://localhost:5173/', parent: null } };
    await expect(getInfo(devFrame)).resolves.toMatchObject({ shell: 'electron' });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const appFrame = { senderFrame: { url: 'casegraph://app/index.html', parent: null } };
    await expect(getInfo(appFrame)).rejects.toThrow(/rejected/);
  });

  it('quits at once when another instance holds the lock', async () => {
    const fake = createFakeElectron({ lock: false });
    await boot(fake);
    expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const fake = createFakeElectron();
    await boot(fake);
    fake.emitApp('second-instance');
    expect(fake.windows[0]?.restore).toHaveBeenCalledOnce();
    expect(fake.windows[0]?.focus).toHaveBeenCalledOnce();
  });

  it('quits when the last window closes (outside macOS) and re-creates a window on activate', async () => {
    const fake = createFakeElectron();
    await boot(fake);
    fake.windows[0]?.close();
    fake.emitApp('window-all-closed');
    expect(fake.electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
    fake.emitApp('activate');
    expect(fake.windows).toHaveLength(2);
    fake.emitApp('activate');
    expect(fake.windows).toHaveLength(2);
  });

  it('cleans up IPC before quitting, once', async () => {
    const fake = createFakeElectron();
    await boot(fake);
    const first = { preventDefault: vi.fn() };
    fake.emitApp('will-quit', first);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.electron.ipcMain.removeHandler).toHaveBeenCalledTimes(Object.keys(IPC).length);
    expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    const second = { preventDefault: vi.fn() };
    fake.emitApp('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});
