// What the map does with a camera request, decided without a map (src/features/map/camera.ts).
import { describe, expect, it } from 'vitest';
import {
  CITY_FIT_MS,
  DIRECTED_FLIGHT_MS,
  SELECTION_FLIGHT_MS,
  SHAPE_MAX_ZOOM,
  fitPaddingFor,
  openingCamera,
  planCameraRequest,
  settledChanged,
  type CameraSituation,
} from '../../src/features/map/camera';
import { SITE_ZOOM, cameraTargetOf } from '../../src/features/map/map-data';
import type { Bounds, Camera } from '../../src/lib/vocabulary';
import * as fixture from '../fixtures/app-data';

const CITY: Bounds = [121.3, 31.2, 121.5, 31.25];
const HERE: Camera = { lng: 121.45, lat: 31.22, zoom: 11, bearing: 0, pitch: 0 };
const THERE: Camera = { lng: 121.5, lat: 31.1, zoom: 12, bearing: 0, pitch: 0 };
const CHANGNING = { kind: 'district', id: '310105' } as const;
const EXACT_SITE = { kind: 'site', id: 'exact-site' } as const;

function situation(over: Partial<CameraSituation> = {}): CameraSituation {
  return {
    camera: HERE,
    selection: null,
    data: { districts: fixture.districts, areas: fixture.areas, sites: fixture.sites },
    cityBounds: CITY,
    fitPadding: 48,
    reducedMotion: false,
    ...over,
  };
}

describe('a view request (a link, back/forward, the host page)', () => {
  it('jumps to the view', () => {
    const plan = planCameraRequest({ kind: 'view', camera: THERE }, situation());
    expect(plan.move).toEqual({ method: 'jumpTo', options: { center: [121.5, 31.1], zoom: 12, bearing: 0, pitch: 0 } });
  });

  it('still jumps when the map already shows the view, so the jump settles the camera', () => {
    const plan = planCameraRequest({ kind: 'view', camera: HERE }, situation({ camera: HERE }));
    expect(plan.move?.method).toBe('jumpTo');
  });

  it('is consumed', () => {
    expect(planCameraRequest({ kind: 'view', camera: THERE }, situation()).consume).toBe(true);
  });

  it('is not automatic: its end records a view', () => {
    expect(planCameraRequest({ kind: 'view', camera: THERE }, situation()).automatic).toBe(false);
  });
});

describe('a city request', () => {
  it('fits the city at once when no one chose it', () => {
    const plan = planCameraRequest({ kind: 'city', auto: true }, situation());
    expect(plan.move).toEqual({ method: 'fitBounds', bounds: CITY, options: { padding: 48, duration: 0 } });
  });

  it('marks a fit no one chose as automatic, so the URL records no view', () => {
    expect(planCameraRequest({ kind: 'city', auto: true }, situation()).automatic).toBe(true);
  });

  it('animates the fit the reader asked for', () => {
    const plan = planCameraRequest({ kind: 'city', auto: false }, situation());
    expect(plan.move).toEqual({ method: 'fitBounds', bounds: CITY, options: { padding: 48, duration: CITY_FIT_MS } });
  });

  it('records the fit the reader asked for as a view', () => {
    expect(planCameraRequest({ kind: 'city', auto: false }, situation()).automatic).toBe(false);
  });

  it('fits the reader’s city at once under reduced motion', () => {
    const plan = planCameraRequest({ kind: 'city', auto: false }, situation({ reducedMotion: true }));
    expect(plan.move).toMatchObject({ options: { duration: 0 } });
  });
});

describe('a selection request', () => {
  it('fits a district’s outline, never closer than the shape zoom', () => {
    const now = situation({ selection: CHANGNING });
    const plan = planCameraRequest({ kind: 'selection', selection: CHANGNING }, now);
    expect(plan.move).toEqual({
      method: 'fitBounds',
      bounds: (cameraTargetOf(CHANGNING, now.data) as { bounds: Bounds }).bounds,
      options: { padding: 48, maxZoom: SHAPE_MAX_ZOOM, duration: SELECTION_FLIGHT_MS, linear: false },
    });
  });

  it('fits a district at once under reduced motion', () => {
    const plan = planCameraRequest({ kind: 'selection', selection: CHANGNING }, situation({ selection: CHANGNING, reducedMotion: true }));
    expect(plan.move).toMatchObject({ method: 'fitBounds', options: { duration: 0 } });
  });

  it('flies to an exactly placed site at street level', () => {
    const plan = planCameraRequest({ kind: 'selection', selection: EXACT_SITE }, situation({ selection: EXACT_SITE }));
    expect(plan.move).toEqual({ method: 'flyTo', options: { center: [121.44, 31.21], zoom: SITE_ZOOM, duration: SELECTION_FLIGHT_MS } });
  });

  it('never zooms out to show a site', () => {
    const close = { ...HERE, zoom: 16 };
    const plan = planCameraRequest({ kind: 'selection', selection: EXACT_SITE }, situation({ camera: close, selection: EXACT_SITE }));
    expect(plan.move).toMatchObject({ options: { zoom: 16 } });
  });

  it('jumps to a site under reduced motion', () => {
    const plan = planCameraRequest({ kind: 'selection', selection: EXACT_SITE }, situation({ selection: EXACT_SITE, reducedMotion: true }));
    expect(plan.move).toEqual({ method: 'jumpTo', options: { center: [121.44, 31.21], zoom: SITE_ZOOM } });
  });

  it('waits, unconsumed, while its data has not loaded', () => {
    const plan = planCameraRequest({ kind: 'selection', selection: EXACT_SITE }, situation({ selection: EXACT_SITE, data: { districts: fixture.districts } }));
    expect(plan).toMatchObject({ consume: false, move: null });
  });

  it('is dropped once something else is selected', () => {
    const plan = planCameraRequest({ kind: 'selection', selection: CHANGNING }, situation({ selection: EXACT_SITE }));
    expect(plan).toMatchObject({ consume: true, move: null });
  });

  it('is dropped once the selection is cleared', () => {
    const plan = planCameraRequest({ kind: 'selection', selection: CHANGNING }, situation({ selection: null }));
    expect(plan).toMatchObject({ consume: true, move: null });
  });
});

describe('a directed request (a tour chapter)', () => {
  const padding = { top: 0, right: 0, bottom: 0, left: 400 };

  it('flies there with room for the caption', () => {
    const plan = planCameraRequest({ kind: 'directed', camera: THERE, padding }, situation());
    expect(plan.move).toEqual({
      method: 'flyTo',
      options: { center: [121.5, 31.1], zoom: 12, bearing: 0, pitch: 0, padding, duration: DIRECTED_FLIGHT_MS, essential: false },
    });
  });

  it('jumps under reduced motion', () => {
    const plan = planCameraRequest({ kind: 'directed', camera: THERE, padding }, situation({ reducedMotion: true }));
    expect(plan.move).toEqual({ method: 'jumpTo', options: { center: [121.5, 31.1], zoom: 12, bearing: 0, pitch: 0, padding } });
  });

  it('jumps when the map is already there, so the padding still applies', () => {
    const plan = planCameraRequest({ kind: 'directed', camera: HERE, padding }, situation({ camera: HERE }));
    expect(plan.move?.method).toBe('jumpTo');
  });

  it('asks for its end to be marked', () => {
    expect(planCameraRequest({ kind: 'directed', camera: THERE }, situation()).directed).toBe(true);
  });

  it('leaves out padding it was not given', () => {
    const plan = planCameraRequest({ kind: 'directed', camera: THERE }, situation({ reducedMotion: true }));
    expect(plan.move?.options).not.toHaveProperty('padding');
  });
});

describe('only directed moves are marked', () => {
  it('a view is not', () => {
    expect(planCameraRequest({ kind: 'view', camera: THERE }, situation()).directed).toBe(false);
  });

  it('a selection is not', () => {
    expect(planCameraRequest({ kind: 'selection', selection: CHANGNING }, situation({ selection: CHANGNING })).directed).toBe(false);
  });
});

describe('where a new map opens', () => {
  it('on a view it is about to be sent to', () => {
    expect(openingCamera({ kind: 'view', camera: THERE }, HERE)).toBe(THERE);
  });

  it('on a tour chapter it is about to fly to', () => {
    expect(openingCamera({ kind: 'directed', camera: THERE }, HERE)).toBe(THERE);
  });

  it('where the last map settled, when the request is for a selection', () => {
    expect(openingCamera({ kind: 'selection', selection: CHANGNING }, HERE)).toBe(HERE);
  });

  it('where the last map settled, when nothing is asked', () => {
    expect(openingCamera(null, HERE)).toBe(HERE);
  });

  it('on the whole city when nothing is asked or settled', () => {
    expect(openingCamera(null, null)).toBeNull();
  });
});

describe('what a moveend reports', () => {
  it('a first view is news', () => {
    expect(settledChanged(null, HERE)).toBe(true);
  });

  it('an automatic fit after a chosen view is news', () => {
    expect(settledChanged(HERE, null)).toBe(true);
  });

  it('an automatic fit after an automatic fit is not', () => {
    expect(settledChanged(null, null)).toBe(false);
  });

  it('a view that rounds to the same link is not', () => {
    expect(settledChanged(HERE, { ...HERE, lng: HERE.lng + 1e-7 })).toBe(false);
  });

  it('another view is', () => {
    expect(settledChanged(HERE, THERE)).toBe(true);
  });
});

describe('fit padding', () => {
  it('keeps the padding asked for on a large map', () => {
    expect(fitPaddingFor({ width: 1200, height: 800 }, 48)).toBe(48);
  });

  it('keeps to a sixth of the shorter side on a small map', () => {
    expect(fitPaddingFor({ width: 300, height: 120 }, 48)).toBe(20);
  });

  it('limits each side of a padding object', () => {
    expect(fitPaddingFor({ width: 300, height: 120 }, { top: 10, left: 48 })).toEqual({ top: 10, bottom: 0, left: 20, right: 0 });
  });
});
