/** How the tests start Chromium: Debian's build, headless, with nothing reaching out to the network on its own. */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

// E2E_PORT lets two runs (a helper and the main suite) serve their builds side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `Chromium not found at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
  );
}

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
