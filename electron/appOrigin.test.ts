import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME_REGISTRATION, originOf, resolveStartPage } from './appOrigin';

describe('originOf', () => {
  it('gives the app scheme a real origin, unlike Node’s URL', () => {
    expect(originOf('casegraph://app/index.html')).toBe('casegraph://app');
    expect(originOf('casegraph://APP/x')).toBe('casegraph://app');
  });

  it('uses the standard origin for http(s), ports included', () => {
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('https://evil.example/a?b#c')).toBe('https://evil.example');
  });

  it('has no origin for file:, data:, blob:, javascript: and garbage', () => {
    for (const url of [
      'file:///etc/passwd',
      'data:text/html,<script>1</script>',
      'blob:casegraph://app/0b4e',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(originOf(url), url).toBeNull();
    }
  });
});

describe('resolveStartPage', () => {
  it('loads the packaged app from the app scheme', () => {
    expect(resolveStartPage({ devServerUrl: undefined, isPackaged: false })).toEqual({
      url: APP_ENTRY_URL,
      allowedOrigins: [APP_ORIGIN],
    });
  });

  it('loads the dev server in development and allows only its origin', () => {
    expect(resolveStartPage({ devServerUrl: 'http://localhost:5173/', isPackaged: false })).toEqual({
      url: 'http://localhost:5173/',
      allowedOrigins: ['http://localhost:5173'],
    });
  });

  it('ignores the dev server variable in a packaged build', () => {
    expect(resolveStartPage({ devServerUrl: 'https://evil.example/', isPackaged: true }).url).toBe(
      APP_ENTRY_URL,
    );
  });

  it('refuses a dev server URL that is not http(s)', () => {
    expect(() => resolveStartPage({ devServerUrl: 'file:///tmp/index.html', isPackaged: false })).toThrow(
      /http\(s\)/,
    );
  });
});

describe('APP_SCHEME_REGISTRATION', () => {
  it('is standard, secure, fetchable and streamable, but does not bypass the CSP', () => {
    expect(APP_SCHEME_REGISTRATION).toEqual({
      scheme: 'casegraph',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    });
    expect(APP_SCHEME_REGISTRATION.privileges?.bypassCSP).not.toBe(true);
  });
});
