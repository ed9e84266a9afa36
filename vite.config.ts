import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import electron from 'vite-plugin-electron/simple';
import { CONTENT_SECURITY_POLICY } from './shared/csp.ts';
import packageJson from './package.json' with { type: 'json' };

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const alias = {
  '@shared': fromRoot('./shared'),
  '@renderer': fromRoot('./renderer'),
};

/**
 * Puts the CSP into the built page only: Vite's dev server injects an inline script for React's fast refresh,
 * which the policy would (rightly) refuse.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'casegraph-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// `--mode web` builds the renderer alone (for `npm run web` and the e2e tests); every other mode also builds the
// Electron main process and the preload script into dist-electron/.
export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  publicDir: false,
  resolve: { alias },
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2023' },
  worker: { format: 'es' },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  plugins: [
    react(),
    contentSecurityPolicy(),
    mode === 'web'
      ? []
      : electron({
          main: {
            // Absolute paths: the renderer's `root` would otherwise be applied to these builds too.
            entry: fromRoot('./electron/main.ts'),
            vite: { resolve: { alias }, build: { outDir: fromRoot('./dist-electron') } },
          },
          preload: {
            input: fromRoot('./electron/preload.ts'),
            vite: {
              resolve: { alias },
              // A sandboxed preload must be CommonJS, and Electron decides the format by extension.
              build: {
                outDir: fromRoot('./dist-electron'),
                rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
              },
            },
          },
        }),
  ],
}));
