import type { DemoFile } from '@shared/demo/generate';

export function generateDemoInWorker(sellers: number, seed: number): Promise<readonly DemoFile[]> {
  const worker = new Worker(new URL('./demo.worker.ts', import.meta.url), { type: 'module', name: 'demo' });
  return new Promise<readonly DemoFile[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ files?: DemoFile[]; error?: string }>) => {
      if (event.data.files) resolve(event.data.files);
      else reject(new Error(event.data.error ?? 'The demo could not be generated'));
    };
    worker.onerror = (event) => reject(new Error(`The demo could not be generated: ${event.message}`));
    worker.postMessage({ sellers, seed });
  }).finally(() => worker.terminate());
}
