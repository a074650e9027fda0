/**
 * A pause between the rounds of a polling loop that `wake()` ends early: new work, or a shutdown
 * that must not wait for the timer. One sleeper per loop (a second `sleep` replaces the first's waker).
 */
export class WakeableSleep {
  private waker?: () => void;

  /** Resolves after `ms`, or at once when `ms <= 0` or `active()` is false, or when woken. */
  sleep(ms: number, active: () => boolean = () => true): Promise<void> {
    if (ms <= 0 || !active()) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        if (self.waker === done) self.waker = undefined;
        resolve();
      }
      this.waker = done;
    });
  }

  /** Ends the current sleep, if any. */
  wake(): void {
    this.waker?.();
  }
}
