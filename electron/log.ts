/**
 * A tiny logger for the main process: one prefix per module so a line in the terminal (or a user's bug report)
 * says where it came from. Debug output goes nowhere on purpose; warnings and errors are security-relevant
 * (refused navigations, rejected IPC calls) and should always be visible.
 */

/** Where log lines go; tests pass a fake to assert on them, production writes to the console. */
export type LogSink = Readonly<{
  info: (message: string, ...details: unknown[]) => void;
  warn: (message: string, ...details: unknown[]) => void;
  error: (message: string, ...details: unknown[]) => void;
}>;

/** A logger bound to one module name. */
export type Logger = LogSink;

const consoleSink: LogSink = {
  info: (message, ...details) => console.info(message, ...details),
  warn: (message, ...details) => console.warn(message, ...details),
  error: (message, ...details) => console.error(message, ...details),
};

/** Returns a logger whose lines start with `[casegraph:<module>]`. */
export function createLogger(module: string, sink: LogSink = consoleSink): Logger {
  const prefix = `[casegraph:${module}]`;
  return {
    info: (message, ...details) => sink.info(`${prefix} ${message}`, ...details),
    warn: (message, ...details) => sink.warn(`${prefix} ${message}`, ...details),
    error: (message, ...details) => sink.error(`${prefix} ${message}`, ...details),
  };
}
