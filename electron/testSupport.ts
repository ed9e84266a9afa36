/**
 * Shared helpers for the electron/ tests (never imported by app code): temporary directories that are removed
 * after each test, and IPC events as a frame of the app or of a stranger would send them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { APP_ENTRY_URL } from './appOrigin';
import type { SenderEvent } from './ipc/validate';

const created: string[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh empty directory under the OS temp dir, deleted after the current test. */
export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casegraph-test-'));
  created.push(dir);
  return dir;
}

/** An IPC event from the app's top-level page (or another URL, for the negative cases). */
export function senderEvent(url: string = APP_ENTRY_URL, parent: unknown = null): SenderEvent {
  return { senderFrame: { url, parent } };
}

/** An IPC event whose frame navigated away or was destroyed. */
export const GONE_FRAME_EVENT: SenderEvent = { senderFrame: null };

/** Text mixing Cyrillic, emoji (surrogate pairs), combining marks and CJK, so chunk edges split characters. */
export const MULTIBYTE_TEXT =
  'Контрафактные кроссовки 👟👜 — продавец «Ромашка»; Ünïcödé e\u0301; 偽造品 数据; 🇺🇦 ZWJ 👩‍👩‍👧\n';
