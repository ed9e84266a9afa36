/**
 * Turning the bytes of a saved page into text. The charset comes, in the order a browser trusts them, from a byte
 * order mark, the media type's `charset` parameter, then a `<meta>` in the first 1024 bytes (the HTML prescan);
 * otherwise UTF-8, which is what pages have been saved in for years.
 */

export type DecodedText = Readonly<{
  text: string;
  /** The encoding actually used, as TextDecoder names it (`utf-8`, `windows-1252`, `shift_jis` …). */
  charset: string;
  /** Set when the declared charset is unknown and UTF-8 was used instead, so the view can say so. */
  warning?: string;
}>;

/** The `charset` parameter of a media type (`text/html; charset="ISO-8859-1"` → `ISO-8859-1`), if any. */
export function charsetParameter(mediaType: string): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(mediaType);
  const value = (match?.[1] ?? match?.[2] ?? '').trim();
  return value === '' ? undefined : value;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** A byte string (one char per byte), for looking at ASCII structure in bytes of any charset. */
export function byteString(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let text = '';
  const step = 0x8000;
  for (let i = start; i < end; i += step) {
    text += String.fromCharCode(...bytes.subarray(i, Math.min(i + step, end)));
  }
  return text;
}

/** The charset a `<meta>` in the first 1024 bytes declares, as the HTML prescan would find it (simplified). */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = byteString(bytes, 0, Math.min(bytes.length, 1024)).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return undefined;
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/**
 * Decodes HTML bytes with the charset a browser would pick. Never throws: an unknown label falls back to UTF-8 and
 * says so. A UTF-16 or UTF-32 `<meta>` is ignored, as browsers do, since an ASCII-readable prescan proves it wrong.
 */
export function decodeHtmlBytes(bytes: Uint8Array, mediaType = ''): DecodedText {
  const bom = bomCharset(bytes);
  const declared = bom ?? charsetParameter(mediaType) ?? metaCharset(bytes);
  const label = declared !== undefined && /^utf-?(16|32)/i.test(declared) && !bom ? 'utf-8' : declared;
  const decoder = label === undefined ? undefined : decoderFor(label);
  if (label !== undefined && decoder === undefined) {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      charset: 'utf-8',
      warning: `The page declares the unknown charset “${label}”; it is shown as UTF-8.`,
    };
  }
  const used = decoder ?? new TextDecoder('utf-8');
  // TextDecoder drops a BOM matching its encoding by itself.
  return { text: used.decode(bytes), charset: used.encoding };
}
