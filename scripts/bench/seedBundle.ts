/**
 * The synthetic store generator (shared/bench) bundled for the browser with Vite's library build, so a benchmark
 * page can fill IndexedDB itself instead of shipping millions of records over the DevTools protocol.
 */
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

export async function seedBundle(): Promise<string> {
  const entry = fileURLToPath(new URL('./seedEntry.ts', import.meta.url));
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: 'CasegraphSeed' },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = results.flatMap((result) => result.output).find((item) => item.type === 'chunk');
  if (!chunk) throw new Error('bundling the seed script produced no code');
  return chunk.code;
}
