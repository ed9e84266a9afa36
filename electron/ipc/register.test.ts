import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC, type PickedFile } from '../../shared/bridge';
import { GONE_FRAME_EVENT, makeTempDir, MULTIBYTE_TEXT, senderEvent } from '../testSupport';
import { registerIpcHandlers, type IpcMainApi } from './register';
import type { SenderEvent } from './validate';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

type Listener = (event: SenderEvent, ...args: unknown[]) => Promise<unknown>;

/** Registers the real handlers against fake Electron modules; `call` plays the renderer. */
function setUp(options: { pick?: string[]; saveTo?: string } = {}) {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainApi = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
    removeHandler: (channel) => {
      listeners.delete(channel);
    },
  };
  const dialog = {
    showOpenDialog: vi.fn((..._args: unknown[]) =>
      Promise.resolve({ canceled: false, filePaths: options.pick ?? [] }),
    ),
    showSaveDialog: vi.fn((..._args: unknown[]) =>
      Promise.resolve({ canceled: false, filePath: options.saveTo ?? '' }),
    ),
  };
  const shell = { showItemInFolder: vi.fn((_path: string) => undefined) };
  const app = { getName: () => 'Casegraph', getVersion: () => '0.1.0' };
  const registration = registerIpcHandlers({
    ipcMain,
    dialog,
    shell,
    app,
    getWindow: () => null,
    createPrintWindow: () => {
      throw new Error('no printing in this test');
    },
    allowedOrigins: ['casegraph://app'],
  });
  const callAs = (event: SenderEvent, channel: string, ...args: unknown[]): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  const call = (channel: string, ...args: unknown[]) => callAs(senderEvent(), channel, ...args);
  return { listeners, dialog, shell, registration, call, callAs };
}

describe('registerIpcHandlers', () => {
  it('handles exactly the bridge channels', () => {
    const { listeners } = setUp();
    expect([...listeners.keys()].sort()).toEqual(Object.values(IPC).sort());
  });

  it.each([
    ['a foreign page', senderEvent('https://evil.example/')],
    ['a local file', senderEvent('file:///tmp/evil.html')],
    ['an app sub-frame', senderEvent('casegraph://app/index.html', {})],
    ['a destroyed frame', GONE_FRAME_EVENT],
  ])('rejects every channel when called from %s, before any dialog or shell call', async (_name, event) => {
    const { callAs, dialog, shell } = setUp({ pick: ['/etc/passwd'], saveTo: '/tmp/x' });
    for (const channel of Object.values(IPC)) {
      await expect(callAs(event, channel, { suggestedName: 'x' }), channel).rejects.toThrow(/rejected/);
    }
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('picks and reads a real file end to end', async () => {
    const dir = await makeTempDir();
    const filePath = path.join(dir, 'evidence.txt');
    await writeFile(filePath, MULTIBYTE_TEXT);
    const { call } = setUp({ pick: [filePath] });
    const [file] = (await call(IPC.openFiles, { multiple: true })) as PickedFile[];
    const bytes = (await call(IPC.readFileChunk, file?.handle, 0, 1 << 20)) as Uint8Array;
    expect(new TextDecoder().decode(bytes)).toBe(MULTIBYTE_TEXT);
  });

  it('reports the app info', async () => {
    const { call } = setUp();
    await expect(call(IPC.getAppInfo)).resolves.toEqual({
      name: 'Casegraph',
      version: '0.1.0',
      shell: 'electron',
      capabilities: { revealInFolder: true, printToPdf: true },
    });
    await expect(call(IPC.getAppInfo, 'extra')).rejects.toThrow(/invalid arguments/);
  });

  it('reveals only locations saved in this session', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'case.json');
    const { call, shell } = setUp({ saveTo: target });

    await expect(call(IPC.revealInFolder, target)).resolves.toBe(false);
    expect(shell.showItemInFolder).not.toHaveBeenCalled();

    const handle = await call(IPC.beginSave, { suggestedName: 'case.json' });
    await call(IPC.writeChunk, handle, new TextEncoder().encode('{}'));
    const saved = (await call(IPC.finishSave, handle)) as { location: string };
    expect(saved.location).toBe(target);

    await expect(call(IPC.revealInFolder, saved.location)).resolves.toBe(true);
    expect(shell.showItemInFolder).toHaveBeenCalledExactlyOnceWith(target);

    for (const other of [path.join(dir, 'other.json'), `${dir}/./case.json`, '/etc/passwd']) {
      await expect(call(IPC.revealInFolder, other), other).resolves.toBe(false);
    }
    await expect(call(IPC.revealInFolder, 42)).rejects.toThrow(/invalid arguments/);
    expect(shell.showItemInFolder).toHaveBeenCalledOnce();
  });

  it('dispose removes the handlers and unfinished saves', async () => {
    const dir = await makeTempDir();
    const { call, listeners, registration } = setUp({ saveTo: path.join(dir, 'case.json') });
    const handle = await call(IPC.beginSave, { suggestedName: 'case.json' });
    await call(IPC.writeChunk, handle, new Uint8Array([1, 2, 3]));
    await registration.dispose();
    expect(listeners.size).toBe(0);
    expect(await readdir(dir)).toEqual([]);
  });
});
