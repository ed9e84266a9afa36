/** Builds the web app and serves it with `vite preview` for the benchmarks; returns the URL and a stop function. */
import { spawn, spawnSync } from 'node:child_process';

export async function serveBuiltApp(
  port: number,
  build = true,
  outDir?: string,
): Promise<{ url: string; stop: () => void }> {
  // Two benchmarks side by side either share one build (the second passes `--no-build` and its own `--port`) or
  // each build into their own `--out-dir`, so a rebuild never swaps the files under a running one.
  const out = outDir === undefined ? [] : ['--outDir', outDir];
  if (build && spawnSync('npx', ['vite', 'build', '--mode', 'web', ...out], { stdio: 'ignore' }).status !== 0)
    throw new Error('vite build failed');
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--mode',
      'web',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      ...out,
    ],
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
