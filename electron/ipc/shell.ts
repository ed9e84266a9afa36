/**
 * App information and "show in folder". Revealing is limited to files this session saved: the renderer could
 * otherwise probe or open the file manager anywhere on the disk.
 */
import type { App, Shell } from 'electron';
import { z } from 'zod';
import type { AppInfo } from '../../shared/bridge';
import { route, type BridgeRoutes } from './validate';

export type ShellHandlerDeps = Readonly<{
  shell: Pick<Shell, 'showItemInFolder'>;
  app: Pick<App, 'getName' | 'getVersion'>;
  /** Locations returned by `finishSave` in this session. */
  savedLocations: ReadonlySet<string>;
}>;

/** Routes for `getAppInfo` and `revealInFolder`. */
export function createShellHandlers(
  deps: ShellHandlerDeps,
): Pick<BridgeRoutes, 'getAppInfo' | 'revealInFolder'> {
  return {
    getAppInfo: route(z.tuple([]), (): AppInfo => ({
      name: deps.app.getName(),
      version: deps.app.getVersion(),
      shell: 'electron',
      capabilities: { revealInFolder: true, printToPdf: true },
    })),

    // Exact string match against what finishSave returned: no normalising a renderer-supplied path into one of ours.
    revealInFolder: route(z.tuple([z.string().min(1).max(32_768)]), ([location]) => {
      if (!deps.savedLocations.has(location)) return false;
      deps.shell.showItemInFolder(location);
      return true;
    }),
  };
}
