/**
 * Security policy for sessions and web contents, written against narrow structural types so tests can pass fakes
 * (the real `electron` module cannot even be loaded outside Electron).
 *
 * The rule throughout: the window shows the app and nothing else. It never navigates elsewhere, never opens
 * windows, never embeds `<webview>`s and never gets a permission; a link to the web goes to the system browser.
 */
import { originOf } from './appOrigin';
import { createLogger, type Logger } from './log';

const defaultLog = createLogger('security');

/** True when `url` belongs to one of `allowedOrigins` (exact origin match; scheme, host and port all count). */
export function isAppOrigin(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/**
 * The normalised URL to hand to the system browser, or null when the URL must not leave the app. Only web pages
 * and mail links: `file:` would open local programs, custom schemes (`ms-msdt:`, `casegraph:` …) have a history
 * of turning into code execution, `javascript:` is never a link.
 */
export function externalLinkOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return EXTERNAL_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}

/** The part of Electron's `Session` whose permission handlers we set. */
export type PermissionSession = Readonly<{
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin?: string) => boolean,
  ): void;
}>;

/**
 * The one permission the app uses: writing plain text to the clipboard ("Copy" beside a SHA-256). Reading the
 * clipboard stays denied: evidence never leaves through it unasked, and nothing is read from it behind the user.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/**
 * Denies every permission but writing text to the clipboard: the app needs no camera, microphone, geolocation,
 * notifications, USB, etc. Both handlers are needed: requests are prompts (`getUserMedia`), checks are silent
 * queries (`permissions.query`, some APIs ask before requesting).
 */
export function applySessionSecurity(session: PermissionSession, log: Logger = defaultLog): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    if (ALLOWED_PERMISSIONS.has(permission)) {
      callback(true);
      return;
    }
    log.warn(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler((_webContents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

/** A navigation event as Electron passes it (`Event<WebContentsWillNavigateEventParams>` and friends). */
export type NavigationEvent = { readonly url: string; preventDefault(): void };

/** The part of Electron's `WebContents` that `hardenWebContents` hooks into. */
export type HardenableContents = {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

/** What `hardenWebContents` needs besides the contents. */
export type HardenDeps = Readonly<{
  /** The origin(s) the app is loaded from; see `resolveStartPage`. */
  allowedOrigins: readonly string[];
  /** `shell.openExternal`. */
  openExternal: (url: string) => Promise<void>;
  log?: Logger;
}>;

/**
 * Locks one web contents to the app origin. Applied to every web contents the app creates (main.ts hooks
 * `web-contents-created`), so a window or frame that slips past one check still meets the others.
 */
export function hardenWebContents(contents: HardenableContents, deps: HardenDeps): void {
  const log = deps.log ?? defaultLog;

  // A compromised or buggy page must not swap itself for another document that would inherit the preload bridge.
  const stayOnAppOrigin = (kind: string) => (event: NavigationEvent) => {
    if (isAppOrigin(event.url, deps.allowedOrigins)) return;
    event.preventDefault();
    log.warn(`blocked ${kind} to ${event.url}`);
  };
  contents.on('will-navigate', stayOnAppOrigin('navigation'));
  contents.on('will-redirect', stayOnAppOrigin('redirect'));

  // No new Electron windows at all: they would need their own hardening. Web links go to the system browser.
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalLinkOf(url);
    if (external === null) {
      log.warn(`blocked window.open of ${url}`);
    } else {
      deps.openExternal(external).catch((error: unknown) => log.error(`could not open ${external}`, error));
    }
    return { action: 'deny' };
  });

  // `webviewTag: false` already forbids them; this catches any contents created without that preference.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('blocked a <webview>');
  });
}
