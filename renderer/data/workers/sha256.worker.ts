/// <reference lib="webworker" />
/**
 * Hashes a file off the main thread, chunk by chunk as the page reads it, so a large file neither freezes the window
 * nor sits in memory twice.
 */
import { createSha256Stream } from '@shared/hash';
import type { HashRequest, HashResponse } from './sha256.protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let hasher = createSha256Stream();

scope.onmessage = (event: MessageEvent<HashRequest>) => {
  const reply = (message: HashResponse): void => scope.postMessage(message);
  try {
    if (event.data.type === 'chunk') {
      hasher.update(event.data.bytes);
    } else {
      reply({ type: 'digest', sha256: hasher.hexDigest() });
      hasher = createSha256Stream();
    }
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
