import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { contentTypeOf, createAppProtocolHandler, resolveAppRequest } from './appProtocol';
import { makeTempDir } from './testSupport';

const DIST = path.resolve('/opt/casegraph/dist');

describe('resolveAppRequest: hostile URLs', () => {
  const refused: ReadonlyArray<readonly [string, number]> = [
    ['casegraph://app/../secret.txt', 403],
    ['casegraph://app/assets/../../secret.txt', 403],
    ['casegraph://app/%2e%2e/secret.txt', 403],
    ['casegraph://app/%2E%2E/%2E%2E/etc/passwd', 403],
    ['casegraph://app/.%2e/secret.txt', 403],
    ['casegraph://app/..%2fsecret.txt', 403],
    ['casegraph://app/%2e%2e%2f%2e%2e%2fsecret.txt', 403],
    ['casegraph://app/assets/..%5c..%5csecret.txt', 403],
    ['casegraph://app/..\\..\\secret.txt', 403],
    ['casegraph://app/%5cetc%5cpasswd', 403],
    ['casegraph://app//etc/passwd', 403],
    ['casegraph://app/%2Fetc%2Fpasswd', 403],
    ['casegraph://app/C:%5CWindows%5Cwin.ini', 403],
    ['casegraph://app/C:/Windows/win.ini', 403],
    ['casegraph://app/index.html%00.png', 403],
    ['casegraph://app/%00', 403],
    ['casegraph://app/assets/app.js\u0000', 403],
    ['casegraph://app/.env', 403],
    ['casegraph://app/./index.html', 403],
    ['casegraph://evil/index.html', 403],
    ['casegraph://app.evil/index.html', 403],
    ['casegraph://app:8080/index.html', 403],
    ['casegraph://user:pass@app/index.html', 403],
    ['casegraph:///etc/passwd', 403],
    ['https://app/index.html', 403],
    ['file:///etc/passwd', 403],
    ['casegraph://app/%E0%A4%A', 400],
    ['casegraph://app/%zz', 400],
  ];

  it.each(refused)('%s → %i', (url, status) => {
    expect(resolveAppRequest(url, DIST)).toEqual({ kind: 'error', status });
  });
});

describe('resolveAppRequest: app assets', () => {
  const served: ReadonlyArray<readonly [string, string, string]> = [
    ['casegraph://app/', 'index.html', 'text/html; charset=utf-8'],
    ['casegraph://app', 'index.html', 'text/html; charset=utf-8'],
    ['casegraph://app/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['casegraph://app/assets/index-B1a2.js', 'assets/index-B1a2.js', 'text/javascript; charset=utf-8'],
    ['casegraph://app/assets/worker.mjs', 'assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['casegraph://app/assets/index.css', 'assets/index.css', 'text/css; charset=utf-8'],
    ['casegraph://app/assets/hash.wasm', 'assets/hash.wasm', 'application/wasm'],
    ['casegraph://app/assets/logo.svg', 'assets/logo.svg', 'image/svg+xml'],
    ['casegraph://app/assets/a.png', 'assets/a.png', 'image/png'],
    ['casegraph://app/assets/a.jpg', 'assets/a.jpg', 'image/jpeg'],
    ['casegraph://app/assets/font.woff2', 'assets/font.woff2', 'font/woff2'],
    ['casegraph://app/favicon.ico', 'favicon.ico', 'image/x-icon'],
    ['casegraph://app/assets/index.js.map', 'assets/index.js.map', 'application/json; charset=utf-8'],
    ['casegraph://app/manifest.json', 'manifest.json', 'application/json; charset=utf-8'],
    ['casegraph://app/assets/app.js?v=3#top', 'assets/app.js', 'text/javascript; charset=utf-8'],
    ['casegraph://app/assets/%D1%84%D0%B0%D0%B9%D0%BB.png', 'assets/файл.png', 'image/png'],
    ['casegraph://app/assets/blob.bin', 'assets/blob.bin', 'application/octet-stream'],
    // Extension-less paths are in-app routes.
    ['casegraph://app/cases/42', 'index.html', 'text/html; charset=utf-8'],
    ['casegraph://app/cases/', 'index.html', 'text/html; charset=utf-8'],
  ];

  it.each(served)('%s → %s', (url, relative, contentType) => {
    expect(resolveAppRequest(url, DIST)).toEqual({
      kind: 'file',
      filePath: path.join(DIST, relative),
      contentType,
    });
  });

  it('does not fall back to index.html for a missing asset', () => {
    const resolved = resolveAppRequest('casegraph://app/assets/missing.js', DIST);
    expect(resolved).toMatchObject({ kind: 'file', filePath: path.join(DIST, 'assets', 'missing.js') });
  });

  it('types by extension case-insensitively', () => {
    expect(contentTypeOf('LOGO.SVG')).toBe('image/svg+xml');
  });
});

describe('createAppProtocolHandler', () => {
  async function setUp() {
    const root = await makeTempDir();
    const dist = path.join(root, 'dist');
    await mkdir(path.join(dist, 'assets'), { recursive: true });
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Casegraph</title>');
    await writeFile(path.join(dist, 'assets', 'app.js'), 'export const ok = "ф👟";');
    await writeFile(
      path.join(dist, 'assets', 'hash.wasm'),
      new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
    );
    await mkdir(path.join(dist, 'folder.d'));
    await writeFile(path.join(root, 'secret.txt'), 'outside dist');
    return { handler: createAppProtocolHandler(dist) };
  }

  it('serves assets with their type, the CSP and nosniff', async () => {
    const { handler } = await setUp();
    const response = await handler(new Request('casegraph://app/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('export const ok = "ф👟";');
    expect(response.headers.get('content-length')).toBe(
      String(Buffer.byteLength('export const ok = "ф👟";')),
    );
  });

  it('serves index.html for routes and wasm as application/wasm', async () => {
    const { handler } = await setUp();
    const page = await handler(new Request('casegraph://app/cases/42'));
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Casegraph</title>');
    const wasm = await handler(new Request('casegraph://app/assets/hash.wasm'));
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(
      new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
    );
  });

  it('answers 404 for missing files and directories, 403 for traversal, 405 for POST', async () => {
    const { handler } = await setUp();
    expect((await handler(new Request('casegraph://app/assets/missing.js'))).status).toBe(404);
    expect((await handler(new Request('casegraph://app/folder.d'))).status).toBe(404);
    const traversal = await handler(new Request('casegraph://app/..%2fsecret.txt'));
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('outside dist');
    expect(traversal.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const post = await handler(new Request('casegraph://app/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const { handler } = await setUp();
    const response = await handler(new Request('casegraph://app/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
  });
});
