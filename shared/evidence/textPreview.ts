/**
 * The start of a text file, decoded for a `<pre>`: a preview, not the evidence itself (which is always the stored
 * bytes), so it is cut at a size a browser lays out quickly and says so.
 */

/** How much of a text file is shown: about a megabyte lays out in a moment, and is more than anyone scrolls. */
export const TEXT_PREVIEW_BYTES = 1024 * 1024;

export type TextPreview = Readonly<{
  text: string;
  /** `utf-8` unless a byte order mark says UTF-16. */
  charset: string;
  /** Bytes of the file the text comes from; less than the file's size when it was cut. */
  shownBytes: number;
  truncated: boolean;
}>;

/**
 * Decodes the first `TEXT_PREVIEW_BYTES` (or `limit`) of a file whose full size is `totalBytes`. `bytes` may be
 * the whole file or already just its start. A character cut in half by the limit is dropped rather than shown as
 * a replacement character; invalid bytes elsewhere become U+FFFD, never an exception.
 */
export function decodeTextPreview(
  bytes: Uint8Array,
  totalBytes = bytes.length,
  limit = TEXT_PREVIEW_BYTES,
): TextPreview {
  const shown = bytes.subarray(0, Math.min(bytes.length, limit));
  const charset =
    shown[0] === 0xff && shown[1] === 0xfe
      ? 'utf-16le'
      : shown[0] === 0xfe && shown[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  const truncated = totalBytes > shown.length;
  // `stream: true` holds back an incomplete final character instead of decoding it as U+FFFD.
  const text = new TextDecoder(charset).decode(shown, { stream: truncated });
  return { text, charset, shownBytes: shown.length, truncated };
}
