import { describe, expect, it } from 'vitest';
import { URL_PARAMS, URL_STATE_FIELDS, VIEW_FIELDS, type UrlParam } from '../../src/lib/url-params';
import { DEFAULT_STATE, decodeUrlState, encodeUrlState, viewOf } from '../../src/lib/url-state';

const params = URL_PARAMS as readonly UrlParam[];
/** Free text a portal writes (an embed's title and description): any text is a value, shown as text. */
const TEXT_KEYS = ['title', 'desc'];

describe('the URL parameter table', () => {
  it('gives every parameter its own key', () => {
    const keys = params.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every parameter its own place in the state', () => {
    const places = params.map((p) => `${p.target}.${p.field}`);
    expect(new Set(places).size).toBe(places.length);
  });

  it.each(params.map((p) => [p.key, p] as const))('decodes an absent %s to its default', (_key, p) => {
    expect(p.schema.parse(null)).toEqual(p.default);
  });

  it.each(params.filter((p) => !TEXT_KEYS.includes(p.key)).map((p) => [p.key, p] as const))('decodes a malformed %s to its default', (_key, p) => {
    expect(p.schema.parse('<script>%00💥')).toEqual(p.default);
  });

  it.each(params.filter((p) => TEXT_KEYS.includes(p.key)).map((p) => [p.key, p] as const))('keeps markup in %s as the text it is', (_key, p) => {
    expect(p.schema.parse('<script>%00💥')).toBe('<script>%00💥');
  });

  it('lists as view fields exactly the parameters scoped to the view', () => {
    expect(params.filter((p) => p.scope === 'view').map((p) => p.field).sort()).toEqual([...VIEW_FIELDS].sort());
  });

  it('lists as URL state fields every state parameter and the analysis record', () => {
    const fromTable = params.filter((p) => p.target === 'state').map((p) => p.field);
    expect([...URL_STATE_FIELDS].sort()).toEqual([...fromTable, 'analysis'].sort());
  });
});

describe('the codec walking the table', () => {
  it('writes nothing for the default state', () => {
    expect(encodeUrlState(DEFAULT_STATE)).toBe('');
  });

  it('reads back every field it wrote', () => {
    const state = {
      ...DEFAULT_STATE,
      mode: 'present' as const,
      lang: 'zh' as const,
      selection: { kind: 'district' as const, id: '310105' },
      metric: 'density' as const,
      chapter: 4,
      part: 3,
      autoplay: 20,
      basemap: 'osm' as const,
      analysis: { ...DEFAULT_STATE.analysis, reachKm: 2, year: 2016, inView: true },
    };
    expect(decodeUrlState(encodeUrlState(state))).toEqual(state);
  });

  it('takes the view of a state field by field from the table', () => {
    expect(Object.keys(viewOf(DEFAULT_STATE)).sort()).toEqual([...VIEW_FIELDS].sort());
  });
});
