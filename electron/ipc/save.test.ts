import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC, MAX_CHUNK_BYTES } from '../../shared/bridge';
import { makeTempDir, MULTIBYTE_TEXT } from '../testSupport';
import { createSaveHandlers, PART_SUFFIX, sanitizeFileName } from './save';

async function exists(filePath: string): Promise<boolean> {
  return access(filePath).then(
    () => true,
    () => false,
  );
}

/** Save handlers whose save dialog "chooses" `target` (or is cancelled when target is null). */
function withTarget(target: string | null) {
  const showSaveDialog = vi.fn((..._args: unknown[]) =>
    Promise.resolve(
      target === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: target },
    ),
  );
  const savedLocations = new Set<string>();
  const { routes, abortAll } = createSaveHandlers({
    dialog: { showSaveDialog },
    getWindow: () => null,
    savedLocations,
  });
  return {
    showSaveDialog,
    savedLocations,
    abortAll,
    beginSave: (...args: unknown[]) => routes.beginSave.handle(IPC.beginSave, args),
    writeChunk: (...args: unknown[]) => routes.writeChunk.handle(IPC.writeChunk, args),
    finishSave: (...args: unknown[]) => routes.finishSave.handle(IPC.finishSave, args),
    abortSave: (...args: unknown[]) => routes.abortSave.handle(IPC.abortSave, args),
  };
}

const encoder = new TextEncoder();
const chunks = [
  encoder.encode('{"case":"Контрафакт",'),
  encoder.encode(`"note":${JSON.stringify(MULTIBYTE_TEXT)},`),
  new Uint8Array([...encoder.encode('"bytes":"'), 0xe2, 0x9c, 0x93, ...encoder.encode('"}')]),
];
const expected = Buffer.concat(chunks);

describe('a chunked save', () => {
  it('lands byte-identical at the target only after finishSave', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'дело 👟.json');
    const save = withTarget(target);
    const handle = await save.beginSave({ suggestedName: 'дело 👟.json' });
    expect(typeof handle).toBe('string');
    for (const chunk of chunks) await save.writeChunk(handle, chunk);

    expect(await exists(target)).toBe(false);
    expect(await exists(target + PART_SUFFIX)).toBe(true);

    await expect(save.finishSave(handle)).resolves.toEqual({
      name: 'дело 👟.json',
      location: target,
      bytesWritten: expected.byteLength,
    });
    expect(Buffer.compare(await readFile(target), expected)).toBe(0);
    expect(await readdir(dir)).toEqual(['дело 👟.json']);
    expect(save.savedLocations.has(target)).toBe(true);
  });

  it('keeps the order of writes the renderer did not await', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'out.bin');
    const save = withTarget(target);
    const handle = await save.beginSave({ suggestedName: 'out.bin' });
    const pending = chunks.map((chunk) => save.writeChunk(handle, chunk));
    const finished = save.finishSave(handle);
    await Promise.all(pending);
    await finished;
    expect(Buffer.compare(await readFile(target), expected)).toBe(0);
  });

  it('replaces an existing target and a stale part file', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'report.csv');
    await writeFile(target, 'old contents that are longer than the new ones');
    await writeFile(target + PART_SUFFIX, 'left over from a crash');
    const save = withTarget(target);
    const handle = await save.beginSave({ suggestedName: 'report.csv' });
    await save.writeChunk(handle, encoder.encode('a,b\n'));
    await save.finishSave(handle);
    expect(await readFile(target, 'utf8')).toBe('a,b\n');
    expect(await readdir(dir)).toEqual(['report.csv']);
  });

  it('abortSave leaves nothing behind', async () => {
    const dir = await makeTempDir();
    const save = withTarget(path.join(dir, 'case.json'));
    const handle = await save.beginSave({ suggestedName: 'case.json' });
    await save.writeChunk(handle, chunks[0]);
    await save.writeChunk(handle, chunks[1]);
    await save.abortSave(handle);
    expect(await readdir(dir)).toEqual([]);
    expect(save.savedLocations.size).toBe(0);
  });

  it('abortAll cleans up unfinished saves', async () => {
    const dir = await makeTempDir();
    const save = withTarget(path.join(dir, 'case.json'));
    const handle = await save.beginSave({ suggestedName: 'case.json' });
    await save.writeChunk(handle, chunks[0]);
    await save.abortAll();
    expect(await readdir(dir)).toEqual([]);
    await expect(save.writeChunk(handle, chunks[1])).rejects.toThrow(/unknown save handle/);
  });

  it('resolves to null and touches nothing when the dialog is cancelled', async () => {
    const save = withTarget(null);
    await expect(save.beginSave({ suggestedName: 'case.json' })).resolves.toBeNull();
  });

  it('refuses a second concurrent save to the same file', async () => {
    const dir = await makeTempDir();
    const save = withTarget(path.join(dir, 'case.json'));
    const first = await save.beginSave({ suggestedName: 'case.json' });
    await expect(save.beginSave({ suggestedName: 'case.json' })).rejects.toThrow(/already being saved/);
    await save.abortSave(first);
    const second = await save.beginSave({ suggestedName: 'case.json' });
    await save.abortSave(second);
  });
});

describe('save handles', () => {
  it('accepts only handles created by beginSave, and none after finishing', async () => {
    const dir = await makeTempDir();
    const save = withTarget(path.join(dir, 'a.txt'));
    const stranger = '6f1c1b8e-0d1a-4b6e-9a51-2f7f7c1d9e11';
    await expect(save.writeChunk(stranger, chunks[0])).rejects.toThrow(/unknown save handle/);
    await expect(save.finishSave(stranger)).rejects.toThrow(/unknown save handle/);
    await expect(save.abortSave(stranger)).rejects.toThrow(/unknown save handle/);
    await expect(save.writeChunk(path.join(dir, 'a.txt'), chunks[0])).rejects.toThrow(/invalid arguments/);

    const handle = await save.beginSave({ suggestedName: 'a.txt' });
    await save.finishSave(handle);
    await expect(save.writeChunk(handle, chunks[0])).rejects.toThrow(/unknown save handle/);
    await expect(save.finishSave(handle)).rejects.toThrow(/unknown save handle/);
  });

  it('rejects chunks that are not bytes or too large', async () => {
    const dir = await makeTempDir();
    const save = withTarget(path.join(dir, 'a.txt'));
    const handle = await save.beginSave({ suggestedName: 'a.txt' });
    await expect(save.writeChunk(handle, 'text')).rejects.toThrow(/invalid arguments/);
    await expect(save.writeChunk(handle, [1, 2, 3])).rejects.toThrow(/invalid arguments/);
    await expect(save.writeChunk(handle, new Uint8Array(MAX_CHUNK_BYTES + 1))).rejects.toThrow(/at most/);
    await save.abortSave(handle);
  });
});

describe('the suggested name', () => {
  it('reaches the dialog as a bare file name', async () => {
    const save = withTarget(null);
    await save.beginSave({
      suggestedName: '../../.bashrc',
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    expect(save.showSaveDialog).toHaveBeenCalledExactlyOnceWith({
      defaultPath: '_.._.bashrc',
      filters: [{ name: 'JSON', extensions: ['json'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
  });

  it.each([
    ['case.json', 'case.json'],
    ['/etc/passwd', '_etc_passwd'],
    ['..\\..\\win.ini', '_.._win.ini'],
    ['C:\\x.txt', 'C__x.txt'],
    ['a\u0000b.txt', 'a_b.txt'],
    ['.hidden', 'hidden'],
    ['...', 'untitled'],
    ['', 'untitled'],
    ['  дело 👟.csv  ', 'дело 👟.csv'],
    ['trailing dot.', 'trailing dot'],
  ])('%j → %j', (input, output) => {
    expect(sanitizeFileName(input)).toBe(output);
  });

  it('is clipped without splitting an emoji', () => {
    const clipped = sanitizeFileName('👟'.repeat(300));
    expect(Array.from(clipped)).toHaveLength(200);
    expect(clipped).toBe('👟'.repeat(200));
  });

  it('rejects options with unknown keys', async () => {
    const save = withTarget(null);
    await expect(save.beginSave({ suggestedName: 'a', defaultPath: '/etc' })).rejects.toThrow(
      /invalid arguments/,
    );
    expect(save.showSaveDialog).not.toHaveBeenCalled();
  });
});
