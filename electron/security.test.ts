import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from './appOrigin';
import type { Logger } from './log';
import {
  applySessionSecurity,
  externalLinkOf,
  hardenWebContents,
  isAppOrigin,
  type HardenableContents,
  type NavigationEvent,
  type PermissionSession,
} from './security';

const silentLog: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('isAppOrigin', () => {
  const allowed = [APP_ORIGIN];

  it('accepts any page of the app origin', () => {
    expect(isAppOrigin('casegraph://app/index.html', allowed)).toBe(true);
    expect(isAppOrigin('casegraph://app/cases/42?tab=links#top', allowed)).toBe(true);
  });

  it('rejects other origins, including look-alikes', () => {
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'casegraph://evil/index.html',
      'casegraph://app.evil/index.html',
      'casegraph://app:8080/index.html',
      'http://app/index.html',
      'javascript:alert(1)',
      'about:blank',
      'not a url',
    ]) {
      expect(isAppOrigin(url, allowed), url).toBe(false);
    }
  });

  it('matches the dev server origin exactly, port included', () => {
    const dev = ['http://localhost:5173'];
    expect(isAppOrigin('http://localhost:5173/src/App.tsx', dev)).toBe(true);
    expect(isAppOrigin('http://localhost:5174/', dev)).toBe(false);
    expect(isAppOrigin('https://localhost:5173/', dev)).toBe(false);
  });
});

describe('externalLinkOf', () => {
  it('lets http, https and mailto through, normalised', () => {
    expect(externalLinkOf('https://example.com/listing?id=1')).toBe('https://example.com/listing?id=1');
    expect(externalLinkOf('HTTP://Example.com')).toBe('http://example.com/');
    expect(externalLinkOf('mailto:abuse@example.com')).toBe('mailto:abuse@example.com');
  });

  it('keeps every other scheme inside', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'casegraph://app/index.html',
      'ms-msdt:/id PCWDiagnostic',
      'smb://server/share',
      'data:text/html,hi',
      '//example.com',
      '',
    ]) {
      expect(externalLinkOf(url), url).toBeNull();
    }
  });
});

/** Fake web contents that records the listeners and window-open handler it is given. */
function fakeContents() {
  const listeners = new Map<string, (event: NavigationEvent) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: HardenableContents = {
    on: (event: string, listener: (event: NavigationEvent) => void) => {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const emit = (name: string, url = ''): NavigationEvent & { prevented: boolean } => {
    const event = {
      url,
      prevented: false,
      preventDefault() {
        event.prevented = true;
      },
    };
    const listener = listeners.get(name);
    if (listener === undefined) throw new Error(`no listener for ${name}`);
    listener(event);
    return event;
  };
  const open = (url: string) => {
    if (openHandler === undefined) throw new Error('no window open handler');
    return openHandler({ url });
  };
  return { contents, emit, open };
}

function hardened(allowedOrigins: readonly string[] = [APP_ORIGIN]) {
  const fake = fakeContents();
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  hardenWebContents(fake.contents, { allowedOrigins, openExternal, log: silentLog });
  return { ...fake, openExternal };
}

describe('hardenWebContents', () => {
  it('prevents navigation and redirects away from the app', () => {
    const { emit } = hardened();
    for (const kind of ['will-navigate', 'will-redirect']) {
      expect(emit(kind, 'https://evil.example/').prevented, kind).toBe(true);
      expect(emit(kind, 'file:///etc/passwd').prevented, kind).toBe(true);
      expect(emit(kind, 'casegraph://evil/index.html').prevented, kind).toBe(true);
      expect(emit(kind, 'casegraph://app/index.html').prevented, kind).toBe(false);
    }
  });

  it('in development allows the dev server and nothing else, not even the app scheme', () => {
    const { emit } = hardened(['http://localhost:5173']);
    expect(emit('will-navigate', 'http://localhost:5173/').prevented).toBe(false);
    expect(emit('will-navigate', 'casegraph://app/index.html').prevented).toBe(true);
    expect(emit('will-navigate', 'http://localhost:8080/').prevented).toBe(true);
  });

  it('denies every window.open and sends only http(s)/mailto to the system browser', () => {
    const { open, openExternal } = hardened();
    expect(open('https://example.com/shop')).toEqual({ action: 'deny' });
    expect(open('http://example.com/')).toEqual({ action: 'deny' });
    expect(open('mailto:abuse@example.com')).toEqual({ action: 'deny' });
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'casegraph://app/index.html',
      'garbage',
    ]) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([
      ['https://example.com/shop'],
      ['http://example.com/'],
      ['mailto:abuse@example.com'],
    ]);
  });

  it('survives openExternal failing', async () => {
    const fake = fakeContents();
    const error = vi.fn();
    hardenWebContents(fake.contents, {
      allowedOrigins: [APP_ORIGIN],
      openExternal: () => Promise.reject(new Error('no browser')),
      log: { ...silentLog, error },
    });
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(error).toHaveBeenCalledOnce();
  });

  it('prevents attaching a <webview>', () => {
    const { emit } = hardened();
    expect(emit('will-attach-webview').prevented).toBe(true);
  });
});

describe('applySessionSecurity', () => {
  it('denies every permission request and check but writing text to the clipboard', () => {
    let requestHandler: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let checkHandler: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    applySessionSecurity(
      {
        setPermissionRequestHandler: (handler) => {
          requestHandler = handler;
        },
        setPermissionCheckHandler: (handler) => {
          checkHandler = handler;
        },
      },
      silentLog,
    );
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect(requestHandler).toBeDefined();
    expect(checkHandler?.({}, 'media')).toBe(false);
    expect(checkHandler?.({}, 'clipboard-read')).toBe(false);
    const copy = vi.fn();
    requestHandler?.({}, 'clipboard-sanitized-write', copy);
    expect(copy).toHaveBeenCalledExactlyOnceWith(true);
    expect(checkHandler?.({}, 'clipboard-sanitized-write')).toBe(true);
  });
});
