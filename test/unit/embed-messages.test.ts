// The message API's gatekeeper: allowlisted origins only, exact schema, ids checked against the
// data, and no input that makes it throw or lets anything outside the schema through.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  COMMAND_TYPE,
  EMBED_API_VERSION,
  buildAllowlist,
  eventSchema,
  handleHostMessage,
  normaliseOrigin,
  parentOrigin,
  parseOriginList,
  readyEvent,
  resizeEvent,
  selectionChangedEvent,
  viewChangedEvent,
  type KnownIds,
} from '../../src/lib/embed-messages';
import { LAYER_IDS } from '../../src/data/schemas';
import { LANGS } from '../../src/lib/vocabulary';
import { BUILT_IN_METRIC_IDS as METRIC_IDS } from '../../src/lib/metric-registry';

const HOST = 'http://127.0.0.1:5000';
const ALLOW = new Set([HOST]);
const KNOWN: KnownIds = {
  district: new Set(['310105', '310115']),
  area: new Set(['hongqiao-cbd']),
  site: new Set(['changning-service-centre']),
};
const cmd = (body: Record<string, unknown>) => ({ type: COMMAND_TYPE, version: EMBED_API_VERSION, ...body });

describe('handleHostMessage', () => {
  test('selects a known district from an allowed origin', () => {
    expect(handleHostMessage(cmd({ command: 'select', selection: { kind: 'district', id: '310105' } }), HOST, ALLOW, KNOWN)).toEqual({
      ok: true,
      action: { kind: 'select', selection: { kind: 'district', id: '310105' } },
    });
  });

  test('clears the selection', () => {
    expect(handleHostMessage(cmd({ command: 'select', selection: null }), HOST, ALLOW, KNOWN)).toEqual({
      ok: true,
      action: { kind: 'select', selection: null },
    });
  });

  test('ignores every other origin, however well-formed the message', () => {
    const m = cmd({ command: 'set-language', lang: 'zh' });
    for (const origin of ['http://127.0.0.1:5001', 'https://127.0.0.1:5000', 'null', '', '*', `${HOST}/`]) {
      expect(handleHostMessage(m, origin, ALLOW, KNOWN)).toEqual({ ok: false, reason: 'origin-not-allowed' });
    }
  });

  test('names why a message from an allowed origin is refused', () => {
    expect(handleHostMessage('select 310105', HOST, ALLOW, KNOWN)).toEqual({ ok: false, reason: 'not-a-command' });
    expect(handleHostMessage({ ...cmd({ command: 'select', selection: null }), version: 2 }, HOST, ALLOW, KNOWN)).toEqual({
      ok: false,
      reason: 'unsupported-version',
    });
    expect(handleHostMessage(cmd({ command: 'delete-everything' }), HOST, ALLOW, KNOWN)).toEqual({ ok: false, reason: 'malformed' });
    expect(handleHostMessage(cmd({ command: 'set-metric', metric: 'population', extra: '<img onerror=alert(1)>' }), HOST, ALLOW, KNOWN)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(handleHostMessage(cmd({ command: 'select', selection: { kind: 'district', id: '999999' } }), HOST, ALLOW, KNOWN)).toEqual({
      ok: false,
      reason: 'unknown-id',
    });
    expect(handleHostMessage(cmd({ command: 'select', selection: { kind: 'site', id: '310105' } }), HOST, ALLOW, KNOWN)).toEqual({
      ok: false,
      reason: 'unknown-id',
    });
    expect(handleHostMessage(cmd({ command: 'select', selection: { kind: 'district', id: '310105' } }), HOST, ALLOW, null)).toEqual({
      ok: false,
      reason: 'not-ready',
    });
    expect(handleHostMessage(cmd({ command: 'fly-to', view: { lng: 2.35, lat: 48.85, zoom: 12 } }), HOST, ALLOW, KNOWN)).toEqual({
      ok: false,
      reason: 'out-of-bounds',
    });
    expect(handleHostMessage(cmd({ command: 'set-layers', show: ['pudong'], hide: ['pudong'] }), HOST, ALLOW, KNOWN)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  test.each([
    [
      'sets the layers, once each',
      { command: 'set-layers', show: ['pudong', 'pudong'], hide: ['universities'] },
      { kind: 'set-layers', show: ['pudong'], hide: ['universities'] },
    ],
    ['sets the metric', { command: 'set-metric', metric: 'density' }, { kind: 'set-metric', metric: 'density' }],
    [
      'flies to a view, level and facing north',
      { command: 'fly-to', view: { lng: 121.42, lat: 31.21, zoom: 12 } },
      { kind: 'fly-to', camera: { lng: 121.42, lat: 31.21, zoom: 12, bearing: 0, pitch: 0 } },
    ],
    ['sets the language', { command: 'set-language', lang: 'zh' }, { kind: 'set-language', lang: 'zh' }],
  ])('%s', (_name, body, action) => {
    expect(handleHostMessage(cmd(body), HOST, ALLOW, KNOWN)).toEqual({ ok: true, action });
  });

  test('an empty allowlist obeys nobody', () => {
    expect(handleHostMessage(cmd({ command: 'set-language', lang: 'zh' }), HOST, new Set(), KNOWN).ok).toBe(false);
  });
});

describe('fuzz: the message handler', () => {
  const arbId = fc.oneof(fc.constantFrom('310105', '310115', 'hongqiao-cbd', 'changning-service-centre', '999999'), fc.string({ maxLength: 20 }));
  const arbLeaf = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom(...LAYER_IDS, ...METRIC_IDS, ...LANGS, 'district', 'area', 'site', 'select', 'fly-to', 'set-layers', 'set-metric', 'set-language'),
  );
  const arbValue = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, arbLeaf, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 10 }), tie('value'), { maxKeys: 4 })),
  })).value;
  // Messages that look like commands, so the fuzzer reaches past the first checks.
  const arbCommandish = fc.record(
    {
      type: fc.oneof(fc.constant(COMMAND_TYPE), arbLeaf),
      version: fc.oneof(fc.constant(1), arbLeaf),
      command: fc.oneof(fc.constantFrom('select', 'set-layers', 'set-metric', 'fly-to', 'set-language'), arbLeaf),
      selection: fc.oneof(fc.record({ kind: fc.constantFrom('district', 'area', 'site', 'x'), id: arbId }), arbValue),
      show: fc.oneof(fc.array(fc.constantFrom(...LAYER_IDS, 'nope')), arbValue),
      hide: fc.oneof(fc.array(fc.constantFrom(...LAYER_IDS)), arbValue),
      metric: fc.oneof(fc.constantFrom(...METRIC_IDS), arbLeaf),
      lang: fc.oneof(fc.constantFrom(...LANGS), arbLeaf),
      view: fc.oneof(fc.record({ lng: fc.double({ min: 119, max: 124 }), lat: fc.double({ min: 29, max: 33 }), zoom: fc.double({ min: -5, max: 30 }) }), arbValue),
      extra: arbValue,
    },
    { requiredKeys: ['type', 'version', 'command'] },
  );
  // Well-formed commands (with ids that may or may not exist), so the later checks run often.
  const arbValid = fc.oneof(
    fc.record({ kind: fc.constantFrom('district', 'area', 'site'), id: arbId }).map((selection) => cmd({ command: 'select', selection })),
    fc.record({ show: fc.array(fc.constantFrom(...LAYER_IDS)), hide: fc.array(fc.constantFrom(...LAYER_IDS)) }, { requiredKeys: [] }).map((b) => cmd({ command: 'set-layers', ...b })),
    fc.constantFrom(...METRIC_IDS).map((metric) => cmd({ command: 'set-metric', metric })),
    fc.constantFrom(...LANGS).map((lang) => cmd({ command: 'set-language', lang })),
    fc.record({ lng: fc.double({ min: 119, max: 124 }), lat: fc.double({ min: 29, max: 33 }), zoom: fc.double({ min: -5, max: 30 }) }).map((view) => cmd({ command: 'fly-to', view })),
  );
  const arbOrigin = fc.oneof(fc.constant(HOST), fc.constant('http://127.0.0.1:5001'), fc.string({ maxLength: 30 }));

  test('never throws; an accepted message came from the allowlist and yields only schema values', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(arbValue, arbCommandish, arbValid), arbOrigin, fc.boolean(), (data, origin, ready) => {
        const result = handleHostMessage(data, origin, ALLOW, ready ? KNOWN : null);
        if (!result.ok) return;
        accepted++;
        expect(origin).toBe(HOST);
        const a = result.action;
        switch (a.kind) {
          case 'select':
            if (a.selection) expect(KNOWN![a.selection.kind].has(a.selection.id)).toBe(true);
            break;
          case 'set-layers':
            for (const id of [...a.show, ...a.hide]) expect(LAYER_IDS).toContain(id);
            break;
          case 'set-metric':
            expect(METRIC_IDS).toContain(a.metric);
            break;
          case 'set-language':
            expect(LANGS).toContain(a.lang);
            break;
          case 'fly-to':
            expect(a.camera.lng).toBeGreaterThanOrEqual(119.5);
            expect(a.camera.lng).toBeLessThanOrEqual(123.5);
            expect(a.camera.lat).toBeGreaterThanOrEqual(29.5);
            expect(a.camera.lat).toBeLessThanOrEqual(33);
            expect(a.camera.zoom).toBeGreaterThanOrEqual(0);
            expect(a.camera.zoom).toBeLessThanOrEqual(22);
            break;
          default:
            throw new Error(`unexpected action ${JSON.stringify(a)}`);
        }
        // Accepted means the message itself had no key outside its command's schema.
        const allowed = new Set(['type', 'version', 'command', 'selection', 'show', 'hide', 'metric', 'lang', 'view']);
        for (const k of Object.keys(data as object)) expect(allowed.has(k)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
    // The generators must reach past the gate often enough for the checks above to mean something.
    expect(accepted).toBeGreaterThan(100);
  });

  test('a hostile object (throwing getters, a proxy) is refused, not a crash', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); } });
    expect(handleHostMessage(trap, HOST, ALLOW, KNOWN).ok).toBe(false);
    const getter = { get type() { throw new Error('boom'); } };
    expect(handleHostMessage(getter, HOST, ALLOW, KNOWN)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('events', () => {
  const view = { lang: 'en' as const, layers: ['pudong' as const], metric: 'population' as const, camera: null, selection: null, basemap: 'tianditu' as const };
  test('every event built matches the published schema', () => {
    expect(eventSchema.safeParse(readyEvent(view)).success).toBe(true);
    expect(eventSchema.safeParse(viewChangedEvent(view)).success).toBe(true);
    expect(
      eventSchema.safeParse(selectionChangedEvent({ selection: { kind: 'district', id: '310105', name_en: 'Changning', name_zh: '长宁区' } })).success,
    ).toBe(true);
    expect(eventSchema.safeParse(selectionChangedEvent({ selection: null })).success).toBe(true);
    expect(eventSchema.safeParse(resizeEvent(512)).success).toBe(true);
  });

  test('a resize event carries whole pixels, rounded up', () => {
    expect(resizeEvent(511.2)).toEqual({ type: 'talent-map:event', version: 1, event: 'resize', height: 512 });
  });

  test('a resize event never asks for more than 10,000 pixels or less than one', () => {
    expect(resizeEvent(1e9)).toMatchObject({ height: 10_000 });
    expect(resizeEvent(-5)).toMatchObject({ height: 1 });
  });

  test.each([
    ['a fraction', { height: 10.5 }],
    ['too tall', { height: 10_001 }],
    ['a string', { height: '400' }],
    ['an extra key', { height: 400, width: 300 }],
  ])('the schema refuses a resize event with %s', (_name, body) => {
    expect(eventSchema.safeParse({ type: 'talent-map:event', version: 1, event: 'resize', ...body }).success).toBe(false);
  });
});

describe('allowlist', () => {
  test('an origin is normalised: no trailing slash, lower case, no default port', () => {
    expect(normaliseOrigin('https://portal.example.gov.cn')).toBe('https://portal.example.gov.cn');
    expect(normaliseOrigin('https://portal.example.gov.cn/')).toBe('https://portal.example.gov.cn');
    expect(normaliseOrigin('HTTPS://Portal.Example.gov.cn:443')).toBe('https://portal.example.gov.cn');
  });

  test('an origin with a path is dropped', () => {
    expect(normaliseOrigin('https://portal.example.gov.cn/news')).toBeNull();
  });

  test('a bare wildcard is dropped', () => {
    expect(normaliseOrigin('*')).toBeNull();
  });

  test('a scheme other than http or https is dropped', () => {
    expect(normaliseOrigin('javascript:alert(1)')).toBeNull();
  });

  test('a list of origins is read, dropping what is not an origin', () => {
    expect(parseOriginList('http://a.test:8080, https://b.test  bad')).toEqual(['http://a.test:8080', 'https://b.test']);
  });

  test('a wildcard host is not an origin', () => {
    expect(normaliseOrigin('https://*.example.com')).toBeNull();
  });

  test('a wildcard host is dropped, from the file and from the build-time list alike', () => {
    expect(buildAllowlist({ version: 1, allowedOrigins: ['https://*.example.com', 'https://a.test'] }, 'http://*:8080').allowlist).toEqual(
      new Set(['https://a.test']),
    );
  });

  test.each(['https://a_b.example', 'https://a$b.example', 'https://a..b.example', 'https://-a.example', 'https://a-.example', `https://${'a'.repeat(64)}.example`])(
    'a host that is not a hostname is dropped: %s',
    (raw) => {
      expect(normaliseOrigin(raw)).toBeNull();
    },
  );

  test.each([
    ['http://localhost:5173', 'http://localhost:5173'],
    ['https://127.0.0.1:8443', 'https://127.0.0.1:8443'],
    ['https://[::1]:8443', 'https://[::1]:8443'],
    ['https://例子.测试', 'https://xn--fsqu00a.xn--0zwm56d'],
    ['https://a-b.xn--fiqs8s', 'https://a-b.xn--fiqs8s'],
  ])('a hostname or IP literal is kept: %s', (raw, origin) => {
    expect(normaliseOrigin(raw)).toBe(origin);
  });

  test('the runtime file and the build-time list are merged', () => {
    expect([...buildAllowlist({ version: 1, allowedOrigins: ['https://a.test'] }, 'https://b.test').allowlist].sort()).toEqual([
      'https://a.test',
      'https://b.test',
    ]);
  });

  test('a malformed runtime file adds nothing and is reported', () => {
    const bad = buildAllowlist({ allowedOrigins: 'https://a.test' }, undefined);
    expect(bad.fileError).toBe(true);
    expect(bad.allowlist.size).toBe(0);
  });

  test('with no file and no build-time list, nobody is allowed', () => {
    expect(buildAllowlist(null, undefined).allowlist.size).toBe(0);
  });

  test('the parent origin comes from the browser, not from a message', () => {
    expect(parentOrigin(['http://127.0.0.1:5000'], '')).toBe('http://127.0.0.1:5000');
    expect(parentOrigin(undefined, 'http://127.0.0.1:5000/host.html?x=1')).toBe('http://127.0.0.1:5000');
    expect(parentOrigin(undefined, '')).toBeNull();
    expect(parentOrigin(undefined, 'not a url')).toBeNull();
  });
});
