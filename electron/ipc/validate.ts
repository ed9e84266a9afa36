/**
 * The gate every IPC call passes before it can reach a dialog or the disk: who is asking (the sender frame must be
 * the app's own top-level page) and with what (arguments parsed by a zod tuple, so arity, types and ranges are
 * checked and nothing unexpected is passed through). A rejected call throws; the renderer sees a rejected promise.
 */
import { z } from 'zod';
import type { CasegraphBridge } from '../../shared/bridge';
import { createLogger } from '../log';
import { isAppOrigin } from '../security';

const log = createLogger('ipc');

/** The part of `IpcMainInvokeEvent` the sender check reads. */
export type SenderEvent = Readonly<{
  senderFrame: Readonly<{ url: string; parent: unknown }> | null;
}>;

/**
 * Throws unless the call comes from a live, top-level frame showing the app. `senderFrame` is null once the frame
 * navigated away or was destroyed; a sub-frame (an embedded preview, say) never gets the bridge, so a call from
 * one means something is wrong.
 */
export function assertTrustedSender(
  event: SenderEvent,
  allowedOrigins: readonly string[],
  channel: string,
): void {
  const frame = event.senderFrame;
  if (frame === null) {
    throw new Error(`${channel}: rejected: the calling frame is gone`);
  }
  if (frame.parent !== null) {
    throw new Error(`${channel}: rejected: only the app's top-level page may call the bridge`);
  }
  if (!isAppOrigin(frame.url, allowedOrigins)) {
    throw new Error(`${channel}: rejected: the caller is not the app (${frame.url})`);
  }
}

/** One IPC endpoint: takes the raw, untrusted argument list and resolves to what the bridge method promises. */
export type IpcRoute<Result> = Readonly<{
  handle: (channel: string, rawArgs: readonly unknown[]) => Promise<Result>;
}>;

/** The result type of a bridge method, e.g. `readonly PickedFile[]` for `openFiles`. */
export type BridgeResult<Method extends keyof CasegraphBridge> = Awaited<ReturnType<CasegraphBridge[Method]>>;

/** One route per bridge method; `register.ts` requires the full set, so a new bridge method cannot be forgotten. */
export type BridgeRoutes = { readonly [Method in keyof CasegraphBridge]: IpcRoute<BridgeResult<Method>> };

/**
 * Builds a route: the arguments must match `args` exactly (a tuple: no missing, extra or ill-typed values) before
 * `run` sees them.
 */
export function route<Args extends z.ZodTuple, Result>(
  args: Args,
  run: (parsed: z.output<Args>) => Result | Promise<Result>,
): IpcRoute<Result> {
  return {
    handle: async (channel, rawArgs) => {
      const parsed = args.safeParse(rawArgs);
      if (!parsed.success) {
        throw new Error(`${channel}: invalid arguments: ${z.prettifyError(parsed.error)}`);
      }
      return run(parsed.data);
    },
  };
}

/** The listener `ipcMain.handle` gets: sender check, then argument validation, then the handler. */
export function guardRoute<Result>(
  channel: string,
  target: IpcRoute<Result>,
  allowedOrigins: readonly string[],
): (event: SenderEvent, ...rawArgs: unknown[]) => Promise<Result> {
  return async (event, ...rawArgs) => {
    try {
      assertTrustedSender(event, allowedOrigins, channel);
      return await target.handle(channel, rawArgs);
    } catch (error) {
      log.warn(error instanceof Error ? error.message : `${channel}: failed`);
      throw error;
    }
  };
}

/** Handles are random UUIDs; anything else cannot be one of ours, so it is refused before the registry lookup. */
export const handleIdSchema = z.uuid();

/** File filters for dialogs, bounded so a hostile page cannot hand the OS dialog megabytes of junk. */
export const fileFiltersSchema = z
  .array(
    z.strictObject({
      name: z.string().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^(\*|[A-Za-z0-9_-]{1,16})$/, 'an extension without the dot, or *'))
        .min(1)
        .max(50),
    }),
  )
  .max(20);
