/** Injected faults and latency for the Salesforce hosts. */
import { z } from 'zod';

import type { RequestLog } from './request-log';

export const faultSpecSchema = z.strictObject({
  id: z.string().min(1).optional(),
  host: z.string().optional(),
  method: z.string().optional(),
  /** A regular expression tested against the path (no query string). */
  path: z.string().refine(isRegex, 'not a valid regular expression'),
  /** How many matching requests it affects; 0 means every one until cleared. */
  times: z.number().int().min(0).optional(),
  latencyMs: z.number().min(0).optional(),
  status: z.number().int().min(100).max(599).optional(),
  body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
  contentType: z.string().optional(),
  malformed: z.enum(['truncated', 'garbage']).optional(),
  drop: z.enum(['before', 'after']).optional(),
  /** A slow answer: the headers at once, the body in ten pieces spread over this many ms. */
  trickleMs: z.number().min(0).max(60_000).optional(),
});

export type FaultSpec = z.infer<typeof faultSpecSchema>;

export interface Fault extends FaultSpec {
  id: string;
  /** Infinity for `times: 0`. */
  remaining: number;
}

function isRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

export class FaultRegistry {
  private faults: Fault[] = [];
  private serial = 0;
  private patterns = new Map<string, RegExp>();

  add(spec: FaultSpec): Fault {
    const id = spec.id ?? `fault-${++this.serial}`;
    const times = spec.times ?? 1;
    const fault = { ...spec, id, remaining: times === 0 ? Infinity : times };
    this.faults = this.faults.filter((f) => f.id !== id);
    this.faults.push(fault);
    this.patterns.set(id, new RegExp(spec.path));
    return fault;
  }

  /** The first live fault matching the request; counts one use of it. */
  take(host: string, method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (!f.host || f.host.toLowerCase() === host) &&
        (!f.method || f.method.toUpperCase() === method) &&
        this.patterns.get(f.id)!.test(path),
    );
    if (fault) fault.remaining--;
    return fault;
  }

  /** Whether a dropping fault is waiting: answers then close their connection (see middleware). */
  hasPendingDrop(): boolean {
    return this.faults.some((f) => f.drop && f.remaining > 0);
  }

  list(): Fault[] {
    return this.faults.filter((f) => f.remaining > 0);
  }

  clear(): void {
    this.faults = [];
    this.patterns.clear();
  }
}

/** Everything the request middleware uses; the control API changes it. */
export class Traffic {
  readonly faults = new FaultRegistry();
  /** Added to every request (round-trip time), for benchmarks. */
  latencyMs = 0;
  /** Set by the server: closes idle keep-alive connections when a dropping fault is added. */
  onDropFault: () => void = () => undefined;

  constructor(readonly log: RequestLog) {}

  addFault(spec: FaultSpec): Fault {
    const fault = this.faults.add(spec);
    if (fault.drop) this.onDropFault();
    return fault;
  }

  reset(): void {
    this.faults.clear();
    this.log.clear();
    this.latencyMs = 0;
  }
}
