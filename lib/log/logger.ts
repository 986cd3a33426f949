import { redactValue } from './redact';

/**
 * One logger for the whole extension. Each area gets a prefix; `debug` is silent until verbose
 * logging is switched on (by the user or by policy); every argument is redacted. Record contents
 * must never be passed here: log ids and counts, not values.
 */
export interface Logger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

export type LogSink = Pick<Console, 'debug' | 'info' | 'warn' | 'error'>;

let verbose = false;
let sink: LogSink = console;

export function setVerboseLogging(on: boolean): void {
  verbose = on;
}

export function isVerboseLogging(): boolean {
  return verbose;
}

/** Tests swap the console for a recorder. */
export function setLogSink(next: LogSink): void {
  sink = next;
}

export function createLogger(area: string): Logger {
  const prefix = `[Sofie:${area}]`;
  const out = (level: keyof LogSink, args: unknown[]) => {
    sink[level](prefix, ...args.map(redactValue));
  };

  return {
    debug: (...args) => {
      if (verbose) out('debug', args);
    },
    info: (...args) => {
      if (verbose) out('info', args);
    },
    warn: (...args) => out('warn', args),
    error: (...args) => out('error', args),
  };
}
