/**
 * Opening a bundle for Review: the ZIP's directory read and checked (zipReader.ts), then the manifest read and
 * validated; anything foreign, malicious or from a newer Casegraph is refused here, before any file is used.
 * Returns the `OpenedBundle` the Review worker works with (types.ts).
 */
import { sha256Hex } from '../hash';
import { readBundleData, readBundleEntry } from './bundleData';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  MANIFEST_PATH,
  manifestEnvelope,
  manifestSchema,
  type BundleManifest,
} from './manifest';
import { BundleRefused, type OpenedBundle, type RandomAccess } from './types';
import { verifyBundle } from './verifyBundle';
import { entryChunks, readZipDirectory, unsafeNameReason } from './zipReader';

/** A manifest lists every file with a hash: a few hundred bytes each, so this is tens of thousands of files. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export async function openBundle(source: RandomAccess): Promise<OpenedBundle<BundleManifest>> {
  const directory = await readZipDirectory(source);
  const reader = { source, directory };
  if (!directory.byName.has(MANIFEST_PATH)) {
    throw new BundleRefused('This is not a Casegraph bundle: it has no manifest.json');
  }
  const bytes = await readBundleEntry(reader, MANIFEST_PATH, MAX_MANIFEST_BYTES);
  const manifestSha256 = sha256Hex(bytes);
  const manifest = parseManifest(new TextDecoder().decode(bytes));
  return {
    manifest,
    manifestSha256,
    paths: directory.entries.map((entry) => entry.name),
    verify: (onProgress, signal) =>
      verifyBundle(source, directory, manifest, manifestSha256, onProgress, signal),
    readData: () => readBundleData(reader, manifest),
    readFile: (path) => {
      const entry = directory.byName.get(path);
      if (entry === undefined) throw new Error(`${path} is not in this bundle`);
      return entryChunks(source, entry);
    },
  };
}

export function parseManifest(text: string): BundleManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BundleRefused('The bundle’s manifest.json cannot be read: it is not valid JSON');
  }
  const envelope = manifestEnvelope.safeParse(json);
  if (!envelope.success || envelope.data.format !== BUNDLE_FORMAT) {
    throw new BundleRefused('This is not a Casegraph bundle: its manifest.json is of another format');
  }
  const { version } = envelope.data;
  if (typeof version === 'number' && version > BUNDLE_VERSION) {
    throw new BundleRefused(
      `This bundle was made by a newer Casegraph (bundle format version ${version}); this version reads version ${BUNDLE_VERSION}. Update Casegraph to open it.`,
    );
  }
  if (version !== BUNDLE_VERSION) {
    throw new BundleRefused(`This bundle has an unknown format version (${JSON.stringify(version)})`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : ` (${issue.path.join('.')}: ${issue.message})`;
    throw new BundleRefused(`The bundle’s manifest.json is not as Casegraph writes it${where}`);
  }
  for (const file of parsed.data.files) {
    const unsafe = unsafeNameReason(file.path);
    if (unsafe !== undefined)
      throw new BundleRefused(`The manifest lists ${JSON.stringify(file.path)}, which ${unsafe}`);
  }
  return parsed.data;
}
