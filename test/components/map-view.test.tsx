// In jsdom there is no WebGL: the map view must say so and leave MapLibre unmounted. Rendering
// itself is tested in a real browser (test/e2e).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import MapView from '../../src/features/map/map-view';
import { renderWithData } from './render';

describe('MapView without WebGL', () => {
  beforeEach(() => {
    // jsdom has no canvas contexts at all; say so quietly instead of logging "not implemented".
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a notice that the rest of the page still works', async () => {
    renderWithData(<MapView />);
    // MapLibre's constructor reports the missing WebGL2 after mount; the notice replaces the map.
    expect(await screen.findByText('The map cannot be shown in this browser')).toBeInTheDocument();
    expect(screen.getByText(/lists, details and charts still work/)).toBeInTheDocument();
  });

  it('leaves no map behind the notice', async () => {
    const { container } = renderWithData(<MapView />);
    await screen.findByText('The map cannot be shown in this browser');
    expect(container.querySelector('.maplibregl-map, canvas')).toBeNull();
  });

  it('says it in Chinese in zh mode', async () => {
    renderWithData(<MapView />, { lang: 'zh' });
    expect(await screen.findByText('此浏览器无法显示地图')).toBeInTheDocument();
  });
});
