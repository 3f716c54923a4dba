// The host page's auto-height script (public/embed-resize.js), run as a page would run it, against
// a stand-in window and document: it resizes a marked frame only for a well-formed resize event
// from that frame's own window and from the origin of that frame's address.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';

const SCRIPT = readFileSync('public/embed-resize.js', 'utf8');
const MAP = 'https://map.example';

interface FakeFrame {
  src: string;
  contentWindow: object;
  style: { height: string };
}

function hostPage(frames: FakeFrame[]) {
  let listener: ((e: { data: unknown; origin: string; source: unknown }) => void) | null = null;
  const win: Record<string, unknown> = {
    addEventListener: (type: string, fn: typeof listener) => {
      if (type === 'message') listener = fn;
    },
  };
  const document = {
    baseURI: 'https://portal.example/news/',
    querySelectorAll: (selector: string) => (selector === 'iframe[data-talent-map-autoheight]' ? frames : []),
  };
  runInNewContext(SCRIPT, { window: win, document, URL });
  return (data: unknown, origin: string, source: unknown) => listener!({ data, origin, source });
}

const frameAt = (src: string): FakeFrame => ({ src, contentWindow: {}, style: { height: '400px' } });
const resize = (height: unknown) => ({ type: 'talent-map:event', version: 1, event: 'resize', height });

test('a resize event from the marked frame sets its height', () => {
  const frame = frameAt(`${MAP}/?mode=embed`);
  hostPage([frame])(resize(612), MAP, frame.contentWindow);
  expect(frame.style.height).toBe('612px');
});

test('each frame is resized only by its own window', () => {
  const a = frameAt(`${MAP}/?mode=embed`);
  const b = frameAt(`${MAP}/?mode=embed&charts=1`);
  const send = hostPage([a, b]);
  send(resize(900), MAP, b.contentWindow);
  expect([a.style.height, b.style.height]).toEqual(['400px', '900px']);
});

test('a window that is no marked frame (another frame, a popup) resizes nothing, whatever its origin', () => {
  const frame = frameAt(`${MAP}/?mode=embed`);
  hostPage([frame])(resize(50), MAP, {});
  expect(frame.style.height).toBe('400px');
});

test('the right window with the wrong origin (the frame navigated elsewhere) resizes nothing', () => {
  const frame = frameAt(`${MAP}/?mode=embed`);
  hostPage([frame])(resize(50), 'https://elsewhere.example', frame.contentWindow);
  expect(frame.style.height).toBe('400px');
});

test('a relative frame address is read against the page', () => {
  const frame = frameAt('/map/?mode=embed');
  hostPage([frame])(resize(300), 'https://portal.example', frame.contentWindow);
  expect(frame.style.height).toBe('300px');
});

test.each([
  ['a fraction', resize(300.5)],
  ['zero', resize(0)],
  ['too tall', resize(10_001)],
  ['a string height', resize('300')],
  ['CSS in the height', resize('300px; background: red')],
  ['another version', { ...resize(300), version: 2 }],
  ['another event', { ...resize(300), event: 'ready' }],
  ['an extra key', { ...resize(300), width: 10 }],
  ['no object', 'resize 300'],
  ['null', null],
])('a message with %s changes nothing', (_name, data) => {
  const frame = frameAt(`${MAP}/?mode=embed`);
  hostPage([frame])(data, MAP, frame.contentWindow);
  expect(frame.style.height).toBe('400px');
});

test('included twice, it still answers once', () => {
  const frame = frameAt(`${MAP}/?mode=embed`);
  const win: Record<string, unknown> = {};
  const listeners: unknown[] = [];
  win.addEventListener = (_t: string, fn: unknown) => listeners.push(fn);
  const document = { baseURI: 'https://portal.example/', querySelectorAll: () => [frame] };
  runInNewContext(SCRIPT, { window: win, document, URL });
  runInNewContext(SCRIPT, { window: win, document, URL });
  expect(listeners).toHaveLength(1);
});
