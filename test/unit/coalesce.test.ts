// The helpers that keep the embed from answering a burst of host commands with a burst of events.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { coalesce, distinct, sameData } from '../../src/lib/coalesce';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('coalesce', () => {
  test('10,000 pushes within one window are emitted once, with the last value', () => {
    const emit = vi.fn();
    const c = coalesce(emit, 50);
    for (let i = 0; i < 10_000; i++) c.push(i);
    vi.advanceTimersByTime(50);
    expect(emit.mock.calls).toEqual([[9_999]]);
  });

  test('nothing is emitted before the window closes', () => {
    const emit = vi.fn();
    coalesce(emit, 50).push('a');
    vi.advanceTimersByTime(49);
    expect(emit).not.toHaveBeenCalled();
  });

  test('a steady stream is emitted once per window, not held back until it stops', () => {
    const emit = vi.fn();
    const c = coalesce(emit, 50);
    for (let t = 0; t < 200; t += 10) {
      c.push(t);
      vi.advanceTimersByTime(10);
    }
    expect(emit.mock.calls).toEqual([[40], [90], [140], [190]]);
  });

  test('flush emits the pending value at once', () => {
    const emit = vi.fn();
    const c = coalesce(emit, 50);
    c.push('a');
    c.flush();
    expect(emit.mock.calls).toEqual([['a']]);
  });

  test('a flushed value is not emitted again when the window closes', () => {
    const emit = vi.fn();
    const c = coalesce(emit, 50);
    c.push('a');
    c.flush();
    vi.advanceTimersByTime(50);
    expect(emit.mock.calls).toEqual([['a']]);
  });

  test('cancel drops the pending value', () => {
    const emit = vi.fn();
    const c = coalesce(emit, 50);
    c.push('a');
    c.cancel();
    vi.advanceTimersByTime(50);
    expect(emit).not.toHaveBeenCalled();
  });
});

describe('distinct', () => {
  test('a value equal to the last one passed on is not passed on again', () => {
    const emit = vi.fn();
    const send = distinct(emit);
    send({ view: { zoom: 10 } });
    send({ view: { zoom: 10 } });
    send({ view: { zoom: 11 } });
    expect(emit.mock.calls).toEqual([[{ view: { zoom: 10 } }], [{ view: { zoom: 11 } }]]);
  });

  test('a value equal to the initial one is not passed on', () => {
    const emit = vi.fn();
    distinct(emit, { initial: { selection: null } })({ selection: null });
    expect(emit).not.toHaveBeenCalled();
  });

  test('a value that returns to an earlier one after a different one is passed on', () => {
    const emit = vi.fn();
    const send = distinct(emit);
    send('a');
    send('b');
    send('a');
    expect(emit.mock.calls).toEqual([['a'], ['b'], ['a']]);
  });
});

describe('sameData', () => {
  test('objects with the same entries in a different order are the same', () => {
    expect(sameData({ lng: 1, lat: 2, layers: ['a'] }, { layers: ['a'], lat: 2, lng: 1 })).toBe(true);
  });

  test('a changed, missing or extra entry makes them differ', () => {
    expect(sameData({ lng: 1 }, { lng: 2 })).toBe(false);
    expect(sameData({ lng: 1, lat: 2 }, { lng: 1 })).toBe(false);
    expect(sameData({ lng: 1 }, { lng: 1, lat: undefined })).toBe(false);
  });

  test('arrays compare in order', () => {
    expect(sameData(['a', 'b'], ['b', 'a'])).toBe(false);
  });

  test('an array is not an object with index keys', () => {
    expect(sameData(['a'], { 0: 'a' })).toBe(false);
  });

  test('null is neither an empty object nor undefined', () => {
    expect(sameData(null, {})).toBe(false);
    expect(sameData(null, undefined)).toBe(false);
  });
});
