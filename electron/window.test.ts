import { beforeEach, describe, expect, it, vi } from 'vitest';

// The real 'electron' module cannot load outside Electron; a fake BrowserWindow records what it was asked to do.
const fake = vi.hoisted(() => {
  type Listener = () => void;
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    readonly listeners = new Map<string, Listener>();
    readonly loaded: string[] = [];
    shown = false;
    constructor(readonly options: unknown) {
      FakeBrowserWindow.instances.push(this);
    }
    once(event: string, listener: Listener): this {
      this.listeners.set(event, listener);
      return this;
    }
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
    show(): void {
      this.shown = true;
    }
  }
  return { FakeBrowserWindow };
});
vi.mock('electron', () => ({ BrowserWindow: fake.FakeBrowserWindow }));

const { buildMainWindowOptions, createMainWindow, PRELOAD_PATH } = await import('./window');

describe('buildMainWindowOptions', () => {
  it('sets every security flag', () => {
    const options = buildMainWindowOptions({
      preloadPath: '/app/dist-electron/preload.cjs',
      isPackaged: true,
    });
    expect(options.webPreferences).toEqual({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
    });
  });

  it('keeps DevTools for development builds only', () => {
    expect(buildMainWindowOptions({ preloadPath: 'p', isPackaged: false }).webPreferences?.devTools).toBe(
      true,
    );
  });

  it('starts hidden, titled and with a minimum size', () => {
    const options = buildMainWindowOptions({ preloadPath: 'p', isPackaged: true });
    expect(options).toMatchObject({ title: 'Casegraph', show: false });
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.minHeight).toBeGreaterThan(0);
  });
});

describe('PRELOAD_PATH', () => {
  it('points at preload.cjs next to the bundled main process', () => {
    expect(PRELOAD_PATH).toMatch(/[/\\]preload\.cjs$/);
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    fake.FakeBrowserWindow.instances.length = 0;
  });

  it('creates one window with the built options, loads the URL and shows it when ready', () => {
    const config = { preloadPath: '/x/preload.cjs', isPackaged: true };
    createMainWindow({ url: 'casegraph://app/index.html', config });
    const [window] = fake.FakeBrowserWindow.instances;
    expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
    expect(window?.options).toEqual(buildMainWindowOptions(config));
    expect(window?.loaded).toEqual(['casegraph://app/index.html']);
    expect(window?.shown).toBe(false);
    window?.listeners.get('ready-to-show')?.();
    expect(window?.shown).toBe(true);
  });
});
