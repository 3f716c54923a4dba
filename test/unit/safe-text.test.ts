// The character and length rule for text from the data files (src/lib/safe-text.ts), used by both
// the data build and the browser's schemas.
import { describe, expect, it } from 'vitest';
import { charCount, describeCodePoint, refusedCharIn, textProblem, urlProblem } from '../../src/lib/safe-text';

const BIDI_CONTROLS = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
const ZERO_WIDTH = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

describe('text from the data files', () => {
  it('accepts ordinary English and Chinese text with its punctuation', () => {
    for (const s of ["Jing'an Temple (No. 1) – 5% of 3,444", '中国上海人力资源服务产业园区虹桥园，约60%。', '']) {
      expect(textProblem(s, 120), s).toBeNull();
    }
  });

  it('names a right-to-left override by code point, name and position', () => {
    expect(textProblem('Chan\u202Egning', 120)).toBe('contains U+202E RIGHT-TO-LEFT OVERRIDE (a text-direction control) at character 5');
  });

  it('refuses every text-direction control', () => {
    for (const cp of BIDI_CONTROLS) expect(refusedCharIn(`a${String.fromCodePoint(cp)}b`)?.codePoint, hex(cp)).toBe(cp);
  });

  it('refuses zero-width characters, a leading byte-order mark included', () => {
    for (const cp of ZERO_WIDTH) expect(textProblem(`${String.fromCodePoint(cp)}Xuhui`, 120), hex(cp)).toContain(`${hex(cp)} `);
    expect(textProblem('Xu\u200Bhui', 120)).toBe('contains U+200B ZERO WIDTH SPACE (an invisible zero-width character) at character 3');
  });

  it('refuses C0 and C1 control characters and DELETE', () => {
    for (const cp of [0x00, 0x07, 0x09, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f]) {
      expect(refusedCharIn(`x${String.fromCodePoint(cp)}`, { multiline: true })?.kind, hex(cp)).toBe('a control character');
    }
  });

  it('allows line breaks only in a field that may hold several lines', () => {
    expect(textProblem('first\nsecond', 120)).toBe('contains U+000A LINE FEED (a line break in a one-line field) at character 6');
    expect(textProblem('first\r\nsecond', 1000, { multiline: true })).toBeNull();
    expect(refusedCharIn('a\u2028b', { multiline: true })?.codePoint).toBe(0x2028);
  });

  it('refuses half of a broken surrogate pair', () => {
    expect(refusedCharIn('a\uD83Db')?.kind).toBe('half of a broken character pair');
  });

  it('counts length in characters, so a character outside the BMP counts once', () => {
    expect(charCount('𠀀𠀁')).toBe(2);
    expect(textProblem('𠀀'.repeat(120), 120)).toBeNull();
  });

  it('reports over-long text with its length and the limit', () => {
    expect(textProblem('x'.repeat(6000), 120)).toBe('is 6000 characters long, over the limit of 120');
  });

  it('accepts text exactly as long as the limit', () => {
    expect(textProblem('x'.repeat(120), 120)).toBeNull();
  });

  it('names code points the way Unicode does', () => {
    expect(describeCodePoint(0x202e)).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(describeCodePoint(0x2066)).toBe('U+2066 LEFT-TO-RIGHT ISOLATE');
    expect(describeCodePoint(0x01)).toBe('U+0001 CONTROL CHARACTER');
    expect(describeCodePoint(0x2003)).toBe('U+2003');
  });
});

describe('source links', () => {
  it('accepts plain http and https addresses', () => {
    for (const u of ['https://www.shanghai.gov.cn/nw41571/20200823/0001-41571_5323.html', 'http://example.org/a?b=1#c', 'https://example.org/a%20b']) {
      expect(urlProblem(u), u).toBeNull();
    }
  });

  it('refuses a user name and password before the host', () => {
    for (const u of ['https://user:pass@example.org/', 'https://user@example.org', 'HTTPS://a:b@example.org', 'https://@example.org']) {
      expect(urlProblem(u), u).toBe('has a user name or password before the host (user:pass@): link to the page without them');
    }
  });

  it('accepts an @ in the path, which is not a credential', () => {
    expect(urlProblem('https://example.org/people/@someone')).toBeNull();
  });

  it('refuses any scheme other than http and https', () => {
    expect(urlProblem('javascript:alert(1)')).toBe('uses the scheme "javascript:"; only http and https links are allowed');
    expect(urlProblem('data:text/html,x')).toContain('"data:"');
    expect(urlProblem('ftp://example.org/file')).toContain('"ftp:"');
  });

  it('refuses spaces and control characters inside, naming the character', () => {
    expect(urlProblem('https://example.org/a b')).toBe('contains U+0020 SPACE (a space) at character 22: a link has no spaces or invisible characters');
    expect(urlProblem('https://exam\tple.org/')).toContain('U+0009 CHARACTER TABULATION');
    expect(urlProblem('https://example.org/\u202Efdp.exe')).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
  });

  it('refuses an address without a domain name', () => {
    expect(urlProblem('https://localhost/x')).toBe('has no domain name ("localhost")');
  });

  it('refuses an address without both slashes', () => {
    expect(urlProblem('https:/example.org')).toBe('is not an http(s) address (it must start with http:// or https://)');
    expect(urlProblem('example.org')).toBe('is not an http(s) address (it must start with http:// or https://)');
  });
});
