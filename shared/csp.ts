/**
 * The Content-Security-Policy of the app page, one source for every place that sets it: the `<meta>` tag of the
 * built page (web and desktop alike), the desktop shell's protocol handler and the preview server's headers.
 *
 * Why each directive: no remote origin anywhere (the app works offline and untrusted evidence must not phone home);
 * `'wasm-unsafe-eval'` because hashing runs in WebAssembly; `blob:` for workers, previews of stored evidence and
 * downloads built in memory; `'unsafe-inline'` for styles only, because React sets `style` attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
