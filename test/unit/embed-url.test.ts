// The embed options in the one URL codec: each decodes on its own, bad values fall back, and the
// embed link round-trips to the same view and options.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, DEFAULT_STATE, EMBED_ONLY_PARAMS, decodeEmbedOptions, decodeUrlState, encodeEmbedUrl, fullAppSearch } from '../../src/lib/url-state';
import { THEMES, type EmbedOptions } from '../../src/lib/vocabulary';
import { LAYER_IDS } from '../../src/data/schemas';

describe('decodeEmbedOptions', () => {
  test('defaults: light, no charts, interactive', () => {
    expect(decodeEmbedOptions('')).toEqual({ theme: 'light', title: '', description: '', charts: false, interactive: true });
  });

  test('theme=auto is an option of its own', () => {
    expect(decodeEmbedOptions('?theme=auto').theme).toBe('auto');
  });

  test('a title and a description are read as plain text, white space and control characters folded', () => {
    const o = decodeEmbedOptions(`?title=${encodeURIComponent('  Changning <b>talent</b>\u0007 map ')}&desc=${encodeURIComponent('Line one\nline two')}`);
    expect(o.title).toBe('Changning <b>talent</b> map');
    expect(o.description).toBe('Line one line two');
  });

  test('a title longer than 120 characters is no title; the other options still apply', () => {
    const o = decodeEmbedOptions(`?title=${'长'.repeat(121)}&desc=ok&theme=dark`);
    expect(o).toMatchObject({ title: '', description: 'ok', theme: 'dark' });
    expect(decodeEmbedOptions(`?title=${'长'.repeat(120)}`).title).toHaveLength(120);
  });

  test('reads each option', () => {
    expect(decodeEmbedOptions('?theme=dark&charts=1&interactive=0')).toEqual({ theme: 'dark', title: '', description: '', charts: true, interactive: false });
  });

  test('a bad option falls back alone; the others still apply', () => {
    expect(decodeEmbedOptions('?theme=neon&charts=1&interactive=maybe')).toMatchObject({ theme: 'light', charts: true, interactive: true });
    expect(decodeEmbedOptions('?theme=dark&charts=yes')).toMatchObject({ theme: 'dark', charts: false, interactive: true });
  });

  test('an over-long value is ignored', () => {
    expect(decodeEmbedOptions(`?theme=${'d'.repeat(600)}`).theme).toBe('light');
  });
});

describe('encodeEmbedUrl', () => {
  const view = { ...DEFAULT_STATE, selection: { kind: 'district' as const, id: '310105' }, layers: ['changning', 'service-centres'] as typeof DEFAULT_STATE.layers, lang: 'zh' as const };

  test('writes mode first, the view and only the options that differ from the defaults', () => {
    const search = encodeEmbedUrl(view, { theme: 'dark', title: '', description: '', charts: false, interactive: false });
    expect(search).toBe('?mode=embed&lang=zh&sel=district:310105&layers=changning,service-centres&theme=dark&interactive=0');
  });

  test('round-trips view and options', () => {
    const options: EmbedOptions = { theme: 'auto', title: 'Talent & services: 长宁', description: 'Sites, 2024 — with sources?', charts: true, interactive: false };
    const search = encodeEmbedUrl(view, options);
    const back = decodeUrlState(search);
    expect(back.mode).toBe('embed');
    expect(back.selection).toEqual(view.selection);
    expect(back.layers).toEqual(view.layers);
    expect(back.lang).toBe('zh');
    expect(decodeEmbedOptions(search)).toEqual(options);
  });

  test('the full-app link drops the mode and every embed-only parameter', () => {
    const search = fullAppSearch(view);
    const params = new URLSearchParams(search);
    expect(params.has('mode')).toBe(false);
    for (const p of EMBED_ONLY_PARAMS) expect(params.has(p)).toBe(false);
    expect(params.get('sel')).toBe('district:310105');
  });
});

describe('fuzz: the embed URL parser', () => {
  const known = ['mode', 'lang', 'sel', 'layers', 'metric', 'map', 'theme', 'title', 'desc', 'charts', 'interactive'];
  const arbKey = fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 12 }));
  const arbValue = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('1', '0', 'dark', 'light', 'embed', 'district:310105', 'area:hongqiao-cbd', '11/31.2/121.4', ''),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );
  const arbSearch = fc.array(fc.tuple(arbKey, arbValue), { maxLength: 12 }).map((pairs) => {
    const p = new URLSearchParams();
    for (const [k, v] of pairs) p.append(k, v);
    return `?${p.toString()}`;
  });
  const arbRaw = fc.oneof(arbSearch, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

  test('never throws, and everything it returns is inside the schema', () => {
    fc.assert(
      fc.property(arbRaw, (search) => {
        const o = decodeEmbedOptions(search);
        expect(THEMES).toContain(o.theme);
        expect(typeof o.charts).toBe('boolean');
        expect(typeof o.interactive).toBe('boolean');
        expect([...o.title].length).toBeLessThanOrEqual(120);
        expect([...o.description].length).toBeLessThanOrEqual(400);
        expect(Object.keys(o).sort()).toEqual(Object.keys(DEFAULT_EMBED_OPTIONS).sort());
        const s = decodeUrlState(search);
        for (const id of s.layers) expect(LAYER_IDS).toContain(id);
        if (s.selection) expect(s.selection.id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
      }),
      { numRuns: 5000 },
    );
    // Five thousand inputs take seconds on a machine shared with other test runs.
  }, 30_000);

  test('whatever it decodes, encoding and decoding again gives the same', () => {
    fc.assert(
      fc.property(arbSearch, (search) => {
        const s = decodeUrlState(search);
        const o = decodeEmbedOptions(search);
        const again = encodeEmbedUrl(s, o);
        expect(decodeEmbedOptions(again)).toEqual(o);
        const back = decodeUrlState(again);
        expect(back.selection).toEqual(s.selection);
        expect([...back.layers].sort()).toEqual([...s.layers].sort());
        expect(back.lang).toBe(s.lang);
        expect(back.metric).toBe(s.metric);
        expect(back.mode).toBe('embed');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('snippetHtml', () => {
  async function snippet(): Promise<string> {
    const { snippetHtml } = await import('../../src/lib/embed-snippet');
    return snippetHtml({ src: 'https://map.example/?mode=embed&sel=district:310105', title: 'Map "A" <b>', aspect: 'wide' });
  }

  test('escapes the address and the title it writes', async () => {
    const html = await snippet();
    expect(html).toContain('src="https://map.example/?mode=embed&amp;sel=district:310105"');
    expect(html).toContain('title="Map &quot;A&quot; &lt;b&gt;"');
  });

  test('has the required attributes: lazy loading, full screen, referrer policy, aspect ratio', async () => {
    const html = await snippet();
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('allowfullscreen');
    expect(html).toContain('referrerpolicy="strict-origin-when-cross-origin"');
    expect(html).toContain('aspect-ratio: 16 / 9');
  });
});

describe('snippetHtml with auto-height', () => {
  async function snippet(): Promise<string> {
    const { snippetHtml } = await import('../../src/lib/embed-snippet');
    return snippetHtml({ src: 'https://map.example/?mode=embed', title: 'Map', aspect: 'wide', height: 'auto', scriptSrc: 'https://map.example/embed-resize.js' });
  }

  test('marks the frame for the script and includes the script from the map’s own site', async () => {
    const html = await snippet();
    expect(html).toMatch(/<iframe [^>]*data-talent-map-autoheight[^>]*><\/iframe>/);
    expect(html).toContain('<script src="https://map.example/embed-resize.js" async></script>');
  });

  test('has no aspect-ratio wrapper: the script decides the height', async () => {
    const html = await snippet();
    expect(html).not.toContain('aspect-ratio');
    expect(html).toContain('width: 100%');
  });
});
