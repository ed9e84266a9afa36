import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, IPC } from '../shared/bridge';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(() => Promise.resolve('result')),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}));

await import('./preload');

function exposed(): Record<string, unknown> {
  expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = electron.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe(BRIDGE_GLOBAL);
  if (typeof api !== 'object' || api === null) throw new Error('nothing exposed');
  return api as Record<string, unknown>;
}

// One representative argument list per method.
const sampleArgs: Record<keyof typeof IPC, unknown[]> = {
  getAppInfo: [],
  openFiles: [{ multiple: true }],
  readFileChunk: ['handle', 0, 1024],
  releaseFile: ['handle'],
  beginSave: [{ suggestedName: 'case.json' }],
  writeChunk: ['save', new Uint8Array([1, 2, 3])],
  finishSave: ['save'],
  abortSave: ['save'],
  revealInFolder: ['/tmp/case.json'],
  printToPdf: ['<!doctype html><title>Report</title>'],
};

describe('preload', () => {
  it('exposes a frozen object with exactly the bridge methods', () => {
    const api = exposed();
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('exposes neither ipcRenderer nor a generic invoke', () => {
    const api = exposed();
    for (const forbidden of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync']) {
      expect(api, forbidden).not.toHaveProperty(forbidden);
    }
  });

  it.each(Object.keys(IPC) as (keyof typeof IPC)[])(
    '%s invokes its own channel with its own arguments',
    async (method) => {
      const api = exposed();
      const candidate = api[method];
      if (typeof candidate !== 'function') throw new Error(`${method} missing`);
      const fn = candidate as (...args: unknown[]) => Promise<unknown>;
      electron.invoke.mockClear();
      const args = sampleArgs[method];
      // Extra arguments from the page are dropped, not forwarded.
      await expect(fn(...args, 'extra')).resolves.toBe('result');
      expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(IPC[method], ...args);
    },
  );
});
