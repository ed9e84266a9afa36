/**
 * Serves the built renderer (dist/) under `casegraph://app/`. The mapping from URL to file is a pure function so
 * it can be tested against hostile paths; the handler around it only stats and streams the file.
 *
 * The URL's path is split and percent-decoded by hand instead of trusting `URL.pathname`: the URL parser quietly
 * resolves `..` and `%2e%2e`, which would hide a traversal attempt instead of refusing it, and decoding happens
 * exactly once, per segment, so an encoded `/` or `\` can never become a separator.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { APP_HOST, APP_SCHEME } from './appOrigin';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Anything else is served as opaque bytes; with `nosniff` the browser will not guess it into a script. */
const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

/** The Content-Type for a file name, from its extension. */
export function contentTypeOf(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? FALLBACK_CONTENT_TYPE;
}

/** Outcome of mapping an app URL to the file system. */
export type AppRequestResolution =
  | Readonly<{ kind: 'file'; filePath: string; contentType: string }>
  | Readonly<{ kind: 'error'; status: 400 | 403 | 404 }>;

// Only the canonical form Chromium produces for the app: lower-case scheme and host, no port, no credentials.
const APP_URL = new RegExp(`^${APP_SCHEME}://${APP_HOST}(/[^?#]*)?(?:[?#].*)?$`, 's');

// Control characters (NUL included), path separators and the drive/stream separator ':' never appear in the name
// of a built asset; refusing them closes every platform-specific trick at once.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_SEGMENT = /[\u0000-\u001f\u007f/\\:]/;

/**
 * Maps `casegraph://app/<path>` to a file under `distDir`, or to an HTTP error status. Pure: it does not touch
 * the disk, so "not found" for an existing-looking path is the handler's job.
 *
 * - wrong scheme, host, port or credentials: 403;
 * - a segment that is empty, starts with `.` (so `.`, `..` and hidden files), or decodes to something containing
 *   `/`, `\`, `:` or a control character: 403; undecodable percent-escapes: 400;
 * - a path whose last segment has no extension is an in-app route and gets index.html (client-side routing);
 *   a missing asset is never answered with index.html, which would only turn a 404 into a confusing parse error.
 */
export function resolveAppRequest(url: string, distDir: string): AppRequestResolution {
  const match = APP_URL.exec(url);
  if (match === null) return { kind: 'error', status: 403 };
  const rawPath = match[1] ?? '/';

  const segments: string[] = [];
  const rawSegments = rawPath.slice(1).split('/');
  for (const [index, rawSegment] of rawSegments.entries()) {
    // A single trailing slash (`/`, `/cases/`) is fine; an empty segment elsewhere (`//etc`) is not.
    if (rawSegment === '' && index === rawSegments.length - 1) continue;
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch {
      return { kind: 'error', status: 400 };
    }
    if (segment === '' || segment.startsWith('.') || FORBIDDEN_IN_SEGMENT.test(segment)) {
      return { kind: 'error', status: 403 };
    }
    segments.push(segment);
  }

  const last = segments.at(-1);
  const relative = last === undefined || path.extname(last) === '' ? ['index.html'] : segments;
  const root = path.resolve(distDir);
  const filePath = path.resolve(root, ...relative);
  // Belt and braces: whatever the checks above missed, the result must still be inside distDir.
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
    return { kind: 'error', status: 403 };
  }
  return { kind: 'file', filePath, contentType: contentTypeOf(filePath) };
}

/**
 * Headers for every app response. The CSP is sent on all of them, not just HTML: a worker's policy comes from
 * the worker script's own response. `nosniff` stops a mis-typed file from being run as a script.
 */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

/**
 * The file as a web stream. `createReadStream` because Electron's asar support covers it; wrapped by hand rather
 * than with `Readable.toWeb`, whose Node stream type does not line up with the DOM `BodyInit` type.
 */
function streamFile(filePath: string): ReadableStream<Uint8Array> {
  const source = createReadStream(filePath);
  const chunks: AsyncIterator<Buffer> = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done === true) controller.close();
      else controller.enqueue(next.value);
    },
    cancel() {
      source.destroy();
    },
  });
}

function errorResponse(status: number): Response {
  return new Response(null, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/**
 * The `protocol.handle(APP_SCHEME, …)` handler: resolves, stats and streams. Only GET and HEAD; the renderer
 * has nothing to post to itself.
 */
export function createAppProtocolHandler(distDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405);
    const resolved = resolveAppRequest(request.url, distDir);
    if (resolved.kind === 'error') return errorResponse(resolved.status);

    let size: number;
    try {
      const stats = await stat(resolved.filePath);
      if (!stats.isFile()) return errorResponse(404);
      size = stats.size;
    } catch {
      return errorResponse(404);
    }
    const headers = { ...appResponseHeaders(resolved.contentType), 'Content-Length': String(size) };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    // Streamed, not read whole: the wasm and vendor bundles are megabytes.
    return new Response(streamFile(resolved.filePath), { status: 200, headers });
  };
}
