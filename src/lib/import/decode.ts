// Bytes to text for delimited files. Excel in China saves CSV in the system code page (GBK, which
// GB18030 contains), elsewhere UTF-8 is the norm. A strict UTF-8 decode fails on GBK bytes, so it
// is tried first and GB18030 is the fallback; the user can always pick the other one.
export const TEXT_ENCODINGS = ['utf-8', 'gb18030'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
  /** True when the encoding was found by trying, false when the caller chose it. */
  detected: boolean;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decodes `bytes` as `encoding`, or as UTF-8 if it is valid UTF-8 and GB18030 otherwise. */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName | 'auto' = 'auto'): Decoded {
  if (encoding !== 'auto') return { text: stripBom(new TextDecoder(encoding).decode(bytes)), encoding, detected: false };
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8', detected: true };
  } catch {
    return { text: stripBom(new TextDecoder('gb18030').decode(bytes)), encoding: 'gb18030', detected: true };
  }
}
