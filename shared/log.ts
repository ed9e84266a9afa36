/**
 * A logger with a module name, so a line in the console says where it came from. Debug lines are dropped unless
 * `CASEGRAPH_DEBUG` is set (as a global in the page or an environment variable in Node).
 */
export type Logger = Readonly<{
  debug(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}>;

function debugEnabled(): boolean {
  const scope = globalThis as {
    CASEGRAPH_DEBUG?: unknown;
    process?: { env?: Record<string, string | undefined> };
  };
  return Boolean(scope.CASEGRAPH_DEBUG ?? scope.process?.env?.CASEGRAPH_DEBUG);
}

export function createLogger(module: string): Logger {
  const prefix = `[${module}]`;
  return {
    debug: (message, ...details) => {
      if (debugEnabled()) console.debug(prefix, message, ...details);
    },
    info: (message, ...details) => console.info(prefix, message, ...details),
    warn: (message, ...details) => console.warn(prefix, message, ...details),
    error: (message, ...details) => console.error(prefix, message, ...details),
  };
}
