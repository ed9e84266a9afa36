/**
 * A file's original name made safe to use as the last part of a path inside a bundle: the reviewer unzips it with
 * whatever tool is at hand and runs `sha256sum -c` on the list of names. Info-ZIP's `unzip` (Debian's, even in a
 * UTF-8 locale) mangles non-ASCII names, after which `sha256sum -c` cannot find the file, so the name is kept to
 * ASCII: Cyrillic transliterated, accents dropped, anything else `_`. Also no separators, no characters Windows
 * refuses, no leading dot (a hidden file), no `..`, nothing a SHA256SUMS line would have to escape. The hash in
 * front keeps names unique; the exact original name is in the manifest.
 */
import { cyrillicToLatin } from './transliterate';

const MAX_NAME_CHARS = 80;

export function safeFileName(name: string): string {
  const latin = Array.from(name.normalize('NFKD').replace(/\p{M}/gu, ''))
    .map((char) => cyrillicToLatin(char) ?? char)
    .join('');
  const cleaned = latin
    .replace(/[^A-Za-z0-9 .()_+,=@-]/g, '_')
    .replace(/_{2,}/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s._]+/, '')
    .replace(/[\s.]+$/, '');
  const cut = cleaned.slice(0, MAX_NAME_CHARS).trim();
  return cut === '' ? 'file' : cut;
}

/** Where an evidence file sits in a bundle: its hash first, so two files with one name never collide. */
export function evidencePath(sha256: string, name: string): string {
  return `evidence/${sha256}-${safeFileName(name)}`;
}
