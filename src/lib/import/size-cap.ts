// Reading a saved map without trusting its size: a file's `size` is checked before any byte is
// read, a link's Content-Length (when the server sends one) before its body, and the body itself
// while it streams in, so a server that sends no length, a wrong one, or a compressed body that
// grows when decoded is stopped at the cap instead of being buffered whole.

/** Whether a size in bytes is over the cap; an unknown size (null) is not, yet. */
export function overCap(bytes: number | null, cap: number): boolean {
  return bytes !== null && bytes > cap;
}

/**
 * The size a Content-Length header declares, or null when it is absent or not a plain count.
 * With Content-Encoding it is the encoded size; the stream check below counts the decoded bytes.
 */
export function declaredLength(header: string | null): number | null {
  if (header === null || !/^\s*\d{1,16}\s*$/.test(header)) return null;
  return Number(header.trim());
}

export type CappedRead = { ok: true; bytes: Uint8Array } | { ok: false; read: number };

/**
 * Reads a body chunk by chunk and gives up (cancelling the rest of the download) as soon as more
 * than `cap` bytes have arrived; `read` is then how many had. A null body is empty.
 */
export async function readCapped(body: ReadableStream<Uint8Array> | null, cap: number): Promise<CappedRead> {
  if (!body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > cap) {
      // Not awaited: a server that keeps sending must not hold the refusal up.
      void reader.cancel().catch(() => undefined);
      return { ok: false, read };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(read);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}
