// Many changes in, few messages out. A host page may send commands in a tight loop; if every
// resulting state change became an event, each would cost a structured clone and a run of the
// host's handler, and a loop of ten thousand commands would be answered with ten thousand events.

export interface Coalescer<T> {
  /** Offers the newest value; whatever is newest when the window closes is emitted. */
  push(value: T): void;
  /** Emits a pending value now instead of when the window closes. */
  flush(): void;
  /** Forgets a pending value, so that nothing is emitted after its owner has gone. */
  cancel(): void;
}

/** At most one `emit` per `waitMs`, always with the latest value pushed. */
export function coalesce<T>(emit: (value: T) => void, waitMs: number): Coalescer<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { value: T } | undefined;

  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const flush = () => {
    stop();
    const due = pending;
    pending = undefined;
    if (due) emit(due.value);
  };

  return {
    push(value) {
      pending = { value };
      // The window opens at the first push and later pushes do not extend it: a steady stream of
      // changes is still reported once per window, where a debounce would wait for it to stop.
      timer ??= setTimeout(flush, waitMs);
    },
    flush,
    cancel() {
      stop();
      pending = undefined;
    },
  };
}

/**
 * Structural equality for JSON-like data. Two events built at different places may list the same
 * keys in a different order; comparing their JSON text would call them different.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k]));
}

/**
 * Passes a value on only when it differs from the last one passed on. `initial` counts as passed
 * on already: the receiver learnt it some other way (for the embed, from the `ready` event).
 */
export function distinct<T>(emit: (value: T) => void, options: { initial?: T; same?: (a: T, b: T) => boolean } = {}): (value: T) => void {
  const same = options.same ?? sameData;
  let last: { value: T } | undefined = 'initial' in options ? { value: options.initial as T } : undefined;
  return (value) => {
    if (last && same(last.value, value)) return;
    last = { value };
    emit(value);
  };
}
