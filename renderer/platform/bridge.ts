/**
 * Picks the bridge once at start-up: the desktop shell's preload exposes one on `window`; a plain browser gets the
 * web implementation. Nothing else in the renderer knows which it has.
 */
import { BRIDGE_GLOBAL, type CasegraphBridge } from '@shared/bridge';
import { createWebBridge } from './webBridge';

function desktopBridge(): CasegraphBridge | undefined {
  const candidate: unknown = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  return typeof candidate === 'object' && candidate !== null ? (candidate as CasegraphBridge) : undefined;
}

export const bridge: CasegraphBridge = desktopBridge() ?? createWebBridge();
