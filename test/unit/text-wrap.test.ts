// Wrapping for the printed page: no line wider than asked, every character kept in order, words
// kept whole when they fit, and Chinese broken between characters but never before "，" or after "（".
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakPieces, wrapText } from '../../src/lib/text-wrap';

/** A monospaced stand-in for a font: Han characters and full-width punctuation twice as wide. */
const measure = (s: string) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(c) ? 2 : 1), 0);
const visible = (s: string) => s.replace(/\s+/gu, '');

describe('wrapText', () => {
  it('breaks English between words, never inside one that fits', () => {
    expect(wrapText('alpha beta gamma delta', 11, measure)).toEqual(['alpha beta', 'gamma delta']);
    expect(wrapText('Universities and institutes', 16, measure)).toEqual(['Universities and', 'institutes']);
  });

  it('breaks Chinese between characters, keeping closing punctuation off the start of a line', () => {
    const lines = wrapText('浦东、徐汇、长宁、虹桥商务区、张江实验室', 8, measure);
    for (const line of lines) {
      expect(measure(line)).toBeLessThanOrEqual(8);
      expect(line).not.toMatch(/^[、，。：）》]/u);
    }
    expect(lines.join('')).toBe('浦东、徐汇、长宁、虹桥商务区、张江实验室');
  });

  it('keeps an opening bracket with what follows it', () => {
    const pieces = breakPieces('常住人口（2020年普查）');
    expect(pieces.some((p) => p.endsWith('（'))).toBe(false);
    expect(pieces.some((p) => p.startsWith('）'))).toBe(false);
  });

  it('cuts a word wider than the whole line between letters, losing none', () => {
    const lines = wrapText('a supercalifragilistic word', 8, measure);
    expect(lines.every((l) => measure(l) <= 8)).toBe(true);
    expect(visible(lines.join(''))).toBe(visible('a supercalifragilistic word'));
  });

  it('never returns a line wider than the width, and keeps every character in order (fuzzed)', () => {
    const alphabet = fc.constantFrom(...'ab cd ef 上海人才，、（）《》: .-'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((a) => a.join('')), fc.integer({ min: 2, max: 40 }), (text, width) => {
        const lines = wrapText(text, width, measure);
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
        expect(visible(lines.join(''))).toBe(visible(text));
      }),
      { numRuns: 400 },
    );
  });
});
