/** The demo investigation written to a temporary folder, for tests that import real-looking files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo, type DemoFile } from '../../shared/demo/generate';
import { mediaTypeFromName } from '../../shared/mediaType';
import type { FileToAdd } from '../pages/ImportPage';

export type WrittenDemo = Readonly<{ dir: string; files: readonly (DemoFile & { path: string })[] }>;

export function writeDemo(sellers = 40, seed = 7): WrittenDemo {
  const dir = mkdtempSync(join(tmpdir(), 'casegraph-demo-'));
  const { files } = generateDemo({ sellers, seed });
  return {
    dir,
    files: files.map((file) => {
      const path = join(dir, file.name);
      writeFileSync(path, file.bytes);
      return { ...file, path };
    }),
  };
}

export function asUpload(file: DemoFile): FileToAdd {
  return { name: file.name, mimeType: mediaTypeFromName(file.name), buffer: Buffer.from(file.bytes) };
}
