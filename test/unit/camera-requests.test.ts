// Who asks the map to move, through the store (src/store/app-store.ts): the camera flows one way,
// from requests to the map, and back only as the settled camera.
import { beforeEach, describe, expect, it } from 'vitest';
import { applyUrlState, linkCameraGoal, useAppStore } from '../../src/store/app-store';
import { DEFAULT_STATE } from '../../src/lib/url-state';
import type { Camera } from '../../src/lib/vocabulary';

const VIEW: Camera = { lng: 121.45, lat: 31.22, zoom: 11, bearing: 0, pitch: 0 };
const CHANGNING = { kind: 'district', id: '310105' } as const;
const XUHUI = { kind: 'district', id: '310104' } as const;

beforeEach(() => {
  useAppStore.setState({ ...DEFAULT_STATE, cameraRequest: null });
});

describe('a link', () => {
  it('with a view asks for that view', () => {
    expect(linkCameraGoal({ camera: VIEW, selection: CHANGNING })).toEqual({ kind: 'view', camera: VIEW });
  });

  it('with a selection and no view asks to show the selection', () => {
    expect(linkCameraGoal({ camera: null, selection: CHANGNING })).toEqual({ kind: 'selection', selection: CHANGNING });
  });

  it('with neither asks for the whole city, fitted by itself', () => {
    expect(linkCameraGoal({ camera: null, selection: null })).toEqual({ kind: 'city', auto: true });
  });

  it('applied to the store leaves its request there', () => {
    applyUrlState({ ...DEFAULT_STATE, camera: VIEW });
    expect(useAppStore.getState().cameraRequest).toMatchObject({ kind: 'view', camera: VIEW });
  });

  it('applied to the store stands as the settled camera until the map reports one', () => {
    applyUrlState({ ...DEFAULT_STATE, camera: VIEW });
    expect(useAppStore.getState().camera).toEqual(VIEW);
  });
});

describe('selecting', () => {
  it('from a list asks the map to show the selection', () => {
    useAppStore.getState().select(CHANGNING);
    expect(useAppStore.getState().cameraRequest).toMatchObject({ kind: 'selection', selection: CHANGNING });
  });

  it('on the map asks nothing of the camera', () => {
    useAppStore.getState().selectOnMap(CHANGNING);
    expect(useAppStore.getState().cameraRequest).toBeNull();
  });

  it('on the map still selects', () => {
    useAppStore.getState().selectOnMap(CHANGNING);
    expect(useAppStore.getState().selection).toEqual(CHANGNING);
  });

  it('again what is already selected asks nothing of the camera', () => {
    useAppStore.getState().selectOnMap(CHANGNING);
    useAppStore.getState().select({ ...CHANGNING });
    expect(useAppStore.getState().cameraRequest).toBeNull();
  });

  it('nothing asks nothing of the camera', () => {
    useAppStore.getState().selectOnMap(CHANGNING);
    useAppStore.getState().select(null);
    expect(useAppStore.getState().cameraRequest).toBeNull();
  });

  it('something else after a map click asks to show it', () => {
    useAppStore.getState().selectOnMap(XUHUI);
    useAppStore.getState().select(CHANGNING);
    expect(useAppStore.getState().cameraRequest).toMatchObject({ kind: 'selection', selection: CHANGNING });
  });
});

describe('requests', () => {
  it('a newer one replaces one still waiting', () => {
    useAppStore.getState().select(CHANGNING);
    useAppStore.getState().requestCamera({ kind: 'city', auto: false });
    expect(useAppStore.getState().cameraRequest).toMatchObject({ kind: 'city', auto: false });
  });

  it('each carries a higher number than the one before', () => {
    useAppStore.getState().requestCamera({ kind: 'view', camera: VIEW });
    const first = useAppStore.getState().cameraRequest!.id;
    useAppStore.getState().requestCamera({ kind: 'view', camera: VIEW });
    expect(useAppStore.getState().cameraRequest!.id).toBeGreaterThan(first);
  });

  it('once consumed is gone', () => {
    useAppStore.getState().requestCamera({ kind: 'view', camera: VIEW });
    useAppStore.getState().consumeCameraRequest(useAppStore.getState().cameraRequest!.id);
    expect(useAppStore.getState().cameraRequest).toBeNull();
  });

  it('consuming an older one leaves a newer one waiting', () => {
    useAppStore.getState().requestCamera({ kind: 'view', camera: VIEW });
    const older = useAppStore.getState().cameraRequest!.id;
    useAppStore.getState().requestCamera({ kind: 'city', auto: false });
    useAppStore.getState().consumeCameraRequest(older);
    expect(useAppStore.getState().cameraRequest).toMatchObject({ kind: 'city' });
  });

  it('leave the settled camera alone', () => {
    useAppStore.getState().settleCamera(VIEW);
    useAppStore.getState().requestCamera({ kind: 'city', auto: false });
    expect(useAppStore.getState().camera).toEqual(VIEW);
  });
});
