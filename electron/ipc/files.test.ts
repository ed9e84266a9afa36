import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC, MAX_CHUNK_BYTES, type PickedFile } from '../../shared/bridge';
import { makeTempDir, MULTIBYTE_TEXT } from '../testSupport';
import { createFileHandlers } from './files';

/** File handlers whose open dialog "picks" the given paths. */
function withPicked(filePaths: string[], canceled = false, window: BrowserWindow | null = null) {
  const showOpenDialog = vi.fn((..._args: unknown[]) => Promise.resolve({ canceled, filePaths }));
  const routes = createFileHandlers({ dialog: { showOpenDialog }, getWindow: () => window });
  return {
    showOpenDialog,
    openFiles: (...args: unknown[]) => routes.openFiles.handle(IPC.openFiles, args),
    readFileChunk: (...args: unknown[]) => routes.readFileChunk.handle(IPC.readFileChunk, args),
    releaseFile: (...args: unknown[]) => routes.releaseFile.handle(IPC.releaseFile, args),
  };
}

async function evidenceFile(): Promise<{ filePath: string; bytes: Uint8Array }> {
  const dir = await makeTempDir();
  const filePath = path.join(dir, 'улики 👟.txt');
  const text = MULTIBYTE_TEXT.repeat(600);
  // Text plus every byte value, so nothing is silently re-encoded on the way.
  const bytes = new Uint8Array([
    ...new TextEncoder().encode(text),
    ...Array.from({ length: 256 }, (_, i) => i),
  ]);
  await writeFile(filePath, bytes);
  return { filePath, bytes };
}

async function readAll(
  readFileChunk: (...args: unknown[]) => Promise<Uint8Array>,
  file: PickedFile,
  chunk: number,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (let offset = 0; offset < file.size; offset += chunk) {
    parts.push(await readFileChunk(file.handle, offset, chunk));
  }
  return new Uint8Array(Buffer.concat(parts));
}

describe('openFiles', () => {
  it('registers picked files and describes them', async () => {
    const { filePath, bytes } = await evidenceFile();
    const { openFiles } = withPicked([filePath]);
    const [file, ...rest] = await openFiles(undefined);
    expect(rest).toEqual([]);
    expect(file).toMatchObject({ name: 'улики 👟.txt', size: bytes.byteLength });
    expect(file?.handle).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isInteger(file?.lastModified)).toBe(true);
  });

  it('passes title, filters and multi-selection to the dialog, attached to the window', async () => {
    const window = {} as BrowserWindow;
    const { openFiles, showOpenDialog } = withPicked([], true, window);
    await expect(
      openFiles({ title: 'Import', filters: [{ name: 'CSV', extensions: ['csv', 'tsv'] }], multiple: true }),
    ).resolves.toEqual([]);
    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith(window, {
      title: 'Import',
      filters: [{ name: 'CSV', extensions: ['csv', 'tsv'] }],
      properties: ['openFile', 'multiSelections'],
    });
  });

  it('asks for a single file by default', async () => {
    const { openFiles, showOpenDialog } = withPicked([], true);
    await openFiles();
    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith({ properties: ['openFile'] });
  });

  it('rejects malformed options before any dialog opens', async () => {
    const { openFiles, showOpenDialog } = withPicked([]);
    await expect(openFiles({ multiple: 'yes' })).rejects.toThrow(/invalid arguments/);
    await expect(openFiles({ defaultPath: '/etc' })).rejects.toThrow(/invalid arguments/);
    await expect(openFiles({ filters: [{ name: 'x', extensions: ['../../x'] }] })).rejects.toThrow(
      /invalid arguments/,
    );
    expect(showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('readFileChunk', () => {
  it('reads a picked file back byte-identical in chunks that split characters', async () => {
    const { filePath, bytes } = await evidenceFile();
    const { openFiles, readFileChunk } = withPicked([filePath]);
    const [file] = await openFiles();
    if (file === undefined) throw new Error('nothing picked');
    for (const chunk of [4099, 65_536, MAX_CHUNK_BYTES]) {
      const read = await readAll(readFileChunk, file, chunk);
      expect(Buffer.compare(read, bytes), `chunk ${chunk}`).toBe(0);
    }
    const text = new TextDecoder().decode((await readAll(readFileChunk, file, 4099)).subarray(0, -256));
    expect(text).toBe(MULTIBYTE_TEXT.repeat(600));
  });

  it('returns fewer bytes at the end and none past it', async () => {
    const { filePath, bytes } = await evidenceFile();
    const { openFiles, readFileChunk } = withPicked([filePath]);
    const [file] = await openFiles();
    const tail = await readFileChunk(file?.handle, bytes.byteLength - 10, 100);
    expect(tail).toBeInstanceOf(Uint8Array);
    expect([...tail]).toEqual([...bytes.subarray(-10)]);
    expect(tail.buffer.byteLength).toBe(10);
    expect((await readFileChunk(file?.handle, bytes.byteLength + 5, 100)).byteLength).toBe(0);
  });

  it('rejects handles it did not hand out', async () => {
    const { readFileChunk } = withPicked([]);
    await expect(readFileChunk('6f1c1b8e-0d1a-4b6e-9a51-2f7f7c1d9e11', 0, 10)).rejects.toThrow(
      /unknown file handle/,
    );
    await expect(readFileChunk('/etc/passwd', 0, 10)).rejects.toThrow(/invalid arguments/);
  });

  it('rejects negative, fractional, unsafe, non-numeric and oversized ranges', async () => {
    const { filePath } = await evidenceFile();
    const { openFiles, readFileChunk } = withPicked([filePath]);
    const [file] = await openFiles();
    const bad: unknown[][] = [
      [-1, 10],
      [1.5, 10],
      [2 ** 53, 10],
      [Number.NaN, 10],
      [Number.POSITIVE_INFINITY, 10],
      ['0', 10],
      [0, -1],
      [0, 0.5],
      [0, MAX_CHUNK_BYTES + 1],
      [0, 2 ** 40],
      [0],
      [0, 10, 'extra'],
    ];
    for (const args of bad) {
      await expect(readFileChunk(file?.handle, ...args), JSON.stringify(args)).rejects.toThrow(
        /invalid arguments/,
      );
    }
  });

  it('refuses to read a file that changed after it was picked', async () => {
    const { filePath } = await evidenceFile();
    const { openFiles, readFileChunk } = withPicked([filePath]);
    const [file] = await openFiles();
    await appendFile(filePath, 'tampered');
    await expect(readFileChunk(file?.handle, 0, 10)).rejects.toThrow(/changed on disk/);
  });

  it('cannot read a released handle', async () => {
    const { filePath } = await evidenceFile();
    const { openFiles, readFileChunk, releaseFile } = withPicked([filePath]);
    const [file] = await openFiles();
    await expect(readFileChunk(file?.handle, 0, 1)).resolves.toHaveLength(1);
    await releaseFile(file?.handle);
    await expect(readFileChunk(file?.handle, 0, 1)).rejects.toThrow(/unknown file handle/);
    // Releasing twice is harmless.
    await expect(releaseFile(file?.handle)).resolves.toBeUndefined();
  });
});
