import { describe, expect, it } from 'vitest';
import { clampChapter, commandForKey, targetChapter, zoomForMapSize } from '../../src/lib/tour-nav';

describe('tour keys', () => {
  it('maps what clickers and keyboards send', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(commandForKey({ key }), key).toEqual({ kind: 'next' });
    for (const key of ['ArrowLeft', 'PageUp']) expect(commandForKey({ key }), key).toEqual({ kind: 'previous' });
    expect(commandForKey({ key: 'Home' })).toEqual({ kind: 'first' });
    expect(commandForKey({ key: 'End' })).toEqual({ kind: 'last' });
    expect(commandForKey({ key: 'Escape' })).toEqual({ kind: 'exit' });
    expect(commandForKey({ key: 'f' })).toEqual({ kind: 'fullscreen' });
    expect(commandForKey({ key: '5' })).toEqual({ kind: 'goto', chapter: 5 });
    expect(commandForKey({ key: '0' })).toEqual({ kind: 'goto', chapter: 10 });
  });

  it('leaves a key pressed with a modifier to the browser', () => {
    expect(commandForKey({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(commandForKey({ key: 'Home', ctrlKey: true })).toBeNull();
  });

  it('leaves unrelated keys to the browser', () => {
    expect(commandForKey({ key: 'a' })).toBeNull();
    expect(commandForKey({ key: 'Enter' })).toBeNull();
  });
});

describe('tour navigation', () => {
  it('moves within the tour', () => {
    expect(targetChapter({ kind: 'next' }, 1, 10)).toBe(2);
    expect(targetChapter({ kind: 'first' }, 7, 10)).toBe(1);
    expect(targetChapter({ kind: 'last' }, 2, 10)).toBe(10);
  });

  it('stops at the ends of the tour', () => {
    expect(targetChapter({ kind: 'next' }, 10, 10)).toBe(10);
    expect(targetChapter({ kind: 'previous' }, 1, 10)).toBe(1);
  });

  it('has no chapter to go to on exit', () => {
    expect(targetChapter({ kind: 'exit' }, 2, 10)).toBeNull();
  });

  it('loops only when autoplay asks it to', () => {
    expect(targetChapter({ kind: 'next' }, 10, 10, true)).toBe(1);
  });

  it('ignores a jump past the end', () => {
    expect(targetChapter({ kind: 'goto', chapter: 9 }, 1, 8)).toBeNull();
  });

  it('clamps a chapter from a link into the tour', () => {
    expect(clampChapter(40, 10)).toBe(10);
    expect(clampChapter(0, 10)).toBe(1);
    expect(clampChapter(3, 10)).toBe(3);
  });
});

describe('tour camera on smaller screens', () => {
  it('keeps the written zoom on the projector size and above', () => {
    expect(zoomForMapSize(11, 1229, 1080)).toBe(11);
    expect(zoomForMapSize(11, 3000, 2000)).toBe(11);
  });

  it('zooms out one level per halving of the map, by the tighter dimension', () => {
    expect(zoomForMapSize(11, 614.5, 1080)).toBe(10);
    expect(zoomForMapSize(11, 1229, 540)).toBe(10);
    expect(zoomForMapSize(11.5, 390, 380)).toBeCloseTo(9.84, 2);
  });
});
