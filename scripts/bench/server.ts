/** Builds the web app and serves it with `vite preview` for the benchmarks; returns the URL and a stop function. */
import { spawn, spawnSync } from 'node:child_process';

export async function serveBuiltApp(port: number, build = true): Promise<{ url: string; stop: () => void }> {
  // Two benchmarks side by side share one build: the second passes `--no-build` (and its own `--port`).
  if (build && spawnSync('npx', ['vite', 'build', '--mode', 'web'], { stdio: 'ignore' }).status !== 0)
    throw new Error('vite build failed');
  const server = spawn(
    'npx',
    ['vite', 'preview', '--mode', 'web', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: () => {
      if (server.pid !== undefined) process.kill(-server.pid);
    },
  };
}
