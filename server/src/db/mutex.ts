/**
 * A FIFO async lock: lock() resolves, in call order, with the function that releases it. Used to
 * keep one SQLite write transaction at a time on the one writer connection while its body awaits.
 */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  lock(): Promise<() => void> {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => released);
    return acquired;
  }
}
