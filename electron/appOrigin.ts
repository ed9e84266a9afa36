/**
 * Where the renderer lives. The built app is served from `casegraph://app/…` rather than `file://`: a custom
 * standard scheme gives the page a real, stable origin (`casegraph://app`), so IndexedDB survives moving the
 * install, `'self'` in the CSP means something, and the protocol handler can send headers.
 */
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'casegraph';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * How the scheme is registered (before `app.whenReady`). `standard` for origin semantics, `secure` so the page is
 * a secure context (crypto.subtle, IndexedDB), `supportFetchAPI` for `fetch`/workers/wasm, `stream` for large
 * responses. Deliberately NOT `bypassCSP`: the page must obey its own policy.
 */
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

/**
 * The origin of a URL as Chromium sees it, or null for URLs that have no usable origin (`file:`, `data:`,
 * `blob:`, `javascript:`, garbage). Node's `URL` reports `null` as the origin of every non-special scheme, so
 * the app scheme is handled by hand; hosts are lower-cased the way Chromium canonicalises standard schemes.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host !== '') {
    return `${APP_SCHEME}://${parsed.host.toLowerCase()}`;
  }
  return null;
}

/** What the window loads and which origins count as "the app" (for navigation and IPC checks). */
export type StartPage = Readonly<{ url: string; allowedOrigins: readonly string[] }>;

/**
 * Picks the page to load: the Vite dev server in development, the packaged app otherwise. The dev server URL comes
 * from an environment variable, so a packaged build ignores it: otherwise anyone who can set an environment
 * variable could point the privileged window (and its bridge to the disk) at a page of their choosing.
 */
export function resolveStartPage(options: {
  devServerUrl: string | undefined;
  isPackaged: boolean;
}): StartPage {
  const { devServerUrl, isPackaged } = options;
  if (!isPackaged && devServerUrl !== undefined && devServerUrl !== '') {
    const devOrigin = originOf(devServerUrl);
    if (devOrigin === null || !/^https?:/.test(devOrigin)) {
      throw new Error(`VITE_DEV_SERVER_URL must be an http(s) URL, got ${JSON.stringify(devServerUrl)}`);
    }
    return { url: devServerUrl, allowedOrigins: [devOrigin] };
  }
  return { url: APP_ENTRY_URL, allowedOrigins: [APP_ORIGIN] };
}
