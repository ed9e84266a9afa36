/// <reference lib="webworker" />
/** Generates the demo investigation off the main thread; the files go back to the page as transferable bytes. */
import { generateDemo } from '@shared/demo/generate';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ sellers: number; seed: number }>) => {
  try {
    const { files } = generateDemo(event.data);
    scope.postMessage(
      { files },
      files.map((file) => file.bytes.buffer as ArrayBuffer),
    );
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
