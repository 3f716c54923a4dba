// An embed opened with `data=`: the event that tells the host what became of the saved map, and
// the list of origins a saved map may come from (separate from the hosts that may send commands).
import { describe, expect, test } from 'vitest';
import { buildDataOrigins, dataEvent, eventSchema } from '../../src/lib/embed-messages';

describe('data links', () => {
  test('a data event says what became of the saved map, with its datasets counted only when it loaded', () => {
    expect(dataEvent('loaded', 2)).toEqual({ type: 'talent-map:event', version: 1, event: 'data', status: 'loaded', datasets: 2 });
    for (const status of ['refused', 'failed', 'invalid', 'too-large'] as const) {
      expect(dataEvent(status, 3)).toEqual({ type: 'talent-map:event', version: 1, event: 'data', status, datasets: 0 });
      expect(eventSchema.safeParse(dataEvent(status, 3)).success).toBe(true);
    }
    expect(eventSchema.safeParse(dataEvent('loaded', 100)).success).toBe(true);
    expect(eventSchema.safeParse({ ...dataEvent('loaded', 1), status: 'maybe' }).success).toBe(false);
    expect(eventSchema.safeParse({ ...dataEvent('loaded', 1), url: 'https://portal.example/a.stmap' }).success).toBe(false);
  });

  test('the data origins are the runtime file’s dataOrigins and the build-time list, bare origins only', () => {
    const origins = buildDataOrigins(
      { version: 1, allowedOrigins: ['https://host.example'], dataOrigins: ['https://portal.example.gov.cn', 'https://portal.example/maps', 'https://*.example'] },
      'https://cdn.example',
    );
    expect([...origins].sort()).toEqual(['https://cdn.example', 'https://portal.example.gov.cn']);
    // The embed allowlist is a different list: a host that may drive the map may not send it data.
    expect(buildDataOrigins({ version: 1, allowedOrigins: ['https://host.example'] }, undefined).size).toBe(0);
  });

});
