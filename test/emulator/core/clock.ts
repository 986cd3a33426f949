/**
 * The emulator's clock. Seed dates are relative to it, so the demo's story ("closed 3 days ago")
 * stays true whatever day it runs; tests may set or advance it through the control API.
 */
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  set(iso: string): void {
    const target = Date.parse(iso);
    if (Number.isNaN(target)) throw new Error(`Not a date: ${iso}`);
    this.offsetMs = target - Date.now();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
