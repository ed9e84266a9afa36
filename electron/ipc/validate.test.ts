import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { APP_ORIGIN } from '../appOrigin';
import { GONE_FRAME_EVENT, senderEvent } from '../testSupport';
import { assertTrustedSender, guardRoute, route } from './validate';

beforeEach(() => {
  // Rejections are logged as warnings; keep the test output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const allowed = [APP_ORIGIN];

describe('assertTrustedSender', () => {
  it('accepts the app’s top-level page', () => {
    expect(() => assertTrustedSender(senderEvent('casegraph://app/index.html'), allowed, 'x')).not.toThrow();
    expect(() => assertTrustedSender(senderEvent('casegraph://app/cases/1?q#h'), allowed, 'x')).not.toThrow();
  });

  it('rejects foreign, local and destroyed frames', () => {
    expect(() => assertTrustedSender(senderEvent('https://evil.example/'), allowed, 'x')).toThrow(
      /not the app/,
    );
    expect(() => assertTrustedSender(senderEvent('file:///etc/passwd'), allowed, 'x')).toThrow(/not the app/);
    expect(() => assertTrustedSender(senderEvent('about:blank'), allowed, 'x')).toThrow(/not the app/);
    expect(() => assertTrustedSender(GONE_FRAME_EVENT, allowed, 'x')).toThrow(/frame is gone/);
  });

  it('rejects sub-frames even of the app origin', () => {
    expect(() => assertTrustedSender(senderEvent('casegraph://app/preview.html', {}), allowed, 'x')).toThrow(
      /top-level/,
    );
  });
});

describe('guardRoute', () => {
  const run = vi.fn(([a, b]: [string, number]) => `${a}:${b}`);
  const guarded = guardRoute('test:echo', route(z.tuple([z.string(), z.int()]), run), allowed);

  beforeEach(() => {
    run.mockClear();
  });

  it('runs the handler for a trusted caller with valid arguments', async () => {
    await expect(guarded(senderEvent(), 'a', 1)).resolves.toBe('a:1');
    expect(run).toHaveBeenCalledOnce();
  });

  it('rejects a foreign caller before looking at the arguments', async () => {
    await expect(guarded(senderEvent('https://evil.example/'), 'a', 1)).rejects.toThrow(
      /^test:echo: rejected/,
    );
    await expect(guarded(GONE_FRAME_EVENT, 'a', 1)).rejects.toThrow(/^test:echo: rejected/);
    expect(run).not.toHaveBeenCalled();
  });

  it('rejects missing, extra and mistyped arguments with a clear message', async () => {
    await expect(guarded(senderEvent(), 'a')).rejects.toThrow(/^test:echo: invalid arguments/);
    await expect(guarded(senderEvent(), 'a', 1, 'extra')).rejects.toThrow(/invalid arguments/);
    await expect(guarded(senderEvent(), 'a', '1')).rejects.toThrow(/invalid arguments/);
    await expect(guarded(senderEvent(), 'a', 1.5)).rejects.toThrow(/invalid arguments/);
    expect(run).not.toHaveBeenCalled();
  });
});
