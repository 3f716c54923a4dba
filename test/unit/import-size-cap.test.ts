// A saved map's size is checked before it is read: a file's size, a link's Content-Length, and a
// streamed body that is stopped as soon as it passes the cap (never buffered whole).
import { describe, expect, test } from 'vitest';
import { declaredLength, overCap, readCapped } from '../../src/lib/import/size-cap';
import { IMPORT_LIMITS } from '../../src/lib/import/limits';

/** A body of `chunks` chunks of `size` bytes each, counting how many were pulled and whether it was cancelled. */
function body(chunks: number, size: number) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunks) return controller.close();
      seen.pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(seen.pulled));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

describe('saved-map size cap', () => {
  test('the cap leaves room for a map saved from one file at the import limit', () => {
    expect(IMPORT_LIMITS.savedMapBytes).toBe(50 * 1024 * 1024);
    expect(IMPORT_LIMITS.savedMapBytes).toBeGreaterThan(2 * IMPORT_LIMITS.bytes);
  });

  test('a size over the cap is refused, one at the cap is not, an unknown one is not yet', () => {
    expect(overCap(101, 100)).toBe(true);
    expect(overCap(100, 100)).toBe(false);
    expect(overCap(0, 100)).toBe(false);
    expect(overCap(null, 100)).toBe(false);
  });

  test('Content-Length counts only when it is a plain number', () => {
    expect(declaredLength('52428801')).toBe(52_428_801);
    expect(declaredLength(' 12 ')).toBe(12);
    expect(declaredLength(null)).toBeNull();
    for (const bad of ['', '-1', '1e9', '12, 12', 'abc', '0x10']) expect(declaredLength(bad)).toBeNull();
  });

  test('a body within the cap is read whole, byte for byte', async () => {
    const { stream, seen } = body(3, 10);
    const r = await readCapped(stream, 30);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.bytes.byteLength).toBe(30);
    expect([r.bytes[0], r.bytes[10], r.bytes[29]]).toEqual([1, 2, 3]);
    expect(seen.cancelled).toBe(false);
  });

  test('a body past the cap stops at the first chunk over it and cancels the download', async () => {
    const { stream, seen } = body(1000, 10);
    const r = await readCapped(stream, 25);
    expect(r).toEqual({ ok: false, read: 30 });
    expect(seen.cancelled).toBe(true);
    // A chunk or two may be queued ahead; the rest of the 1,000 never is.
    expect(seen.pulled).toBeLessThan(10);
  });

  test('no body is an empty one', async () => {
    const r = await readCapped(null, 10);
    expect(r.ok && r.bytes.byteLength).toBe(0);
  });
});
