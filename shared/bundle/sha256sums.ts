/**
 * `SHA256SUMS`: the list anyone can check without Casegraph, with `sha256sum -c SHA256SUMS` in the unzipped folder.
 * GNU's text format is `<64 lowercase hex><space><space><path>\n`; a path holding a backslash or a line break would
 * need GNU's escaping, which bundle paths never hold (safeName.ts), so such a path is refused rather than escaped.
 */
export type SumLine = Readonly<{ path: string; sha256: string }>;

const LINE = /^([0-9a-f]{64}) {2}(.+)$/;

export function formatSha256Sums(lines: readonly SumLine[]): string {
  return [...lines]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ path, sha256 }) => {
      if (/[\\\n\r]/.test(path))
        throw new Error(`The path ${JSON.stringify(path)} cannot be listed in SHA256SUMS`);
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a SHA-256 for ${path}: ${sha256}`);
      return `${sha256}  ${path}\n`;
    })
    .join('');
}

export type ParsedSums = Readonly<{ lines: readonly SumLine[]; problems: readonly string[] }>;

export function parseSha256Sums(text: string): ParsedSums {
  const lines: SumLine[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw === '') return;
    const match = LINE.exec(raw);
    if (match?.[1] === undefined || match[2] === undefined) {
      problems.push(`line ${index + 1} of SHA256SUMS is not "<hash>  <path>"`);
      return;
    }
    lines.push({ sha256: match[1], path: match[2] });
  });
  return { lines, problems };
}
