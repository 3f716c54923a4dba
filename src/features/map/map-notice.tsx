// What stands in for the map when there is none: a plain notice, and the boundary that puts it
// there. A failure inside the map must not take the lists and charts down with it.
import { Component, type ReactNode } from 'react';
import { isGpuInitializationError } from './webgl';
import { useT } from '../../i18n/i18n';
import type { BasemapDef } from '../../lib/basemaps';
import type { OnlineBasemapState } from './online-basemap';
import { useBasemapName } from './basemap-name';

export function MapNotice({ title, body }: { title: string; body: string }) {
  return (
    <div className="talent-map talent-map--notice" role="note">
      <div className="talent-map__notice">
        <p className="talent-map__notice-title">{title}</p>
        <p>{body}</p>
      </div>
    </div>
  );
}

/**
 * A browser without WebGL2 shows up here too: MapLibre's constructor throws, and the notice says
 * what is missing rather than that something broke.
 */
export class MapErrorBoundary extends Component<
  { noWebGL: ReactNode; fallback: ReactNode; children: ReactNode },
  { failed: 'webgl' | 'other' | null }
> {
  state: { failed: 'webgl' | 'other' | null } = { failed: null };
  static getDerivedStateFromError(error: unknown) {
    return { failed: isGpuInitializationError(error) ? 'webgl' : 'other' };
  }
  componentDidCatch(error: unknown) {
    if (!isGpuInitializationError(error)) console.error('map failed', error);
  }
  render() {
    if (this.state.failed === 'webgl') return this.props.noWebGL;
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** Why the basemap asked for is not the one drawn: its tiles failed, or this site has not set it up. */
export function BasemapNotice({ state, basemap }: { state: OnlineBasemapState; basemap: BasemapDef }) {
  const t = useT();
  const nameOf = useBasemapName();
  if (state !== 'failed' && state !== 'unavailable') return null;
  return (
    <p className="talent-map__basemap-notice" role="status">
      {state === 'failed' ? t('map.basemap.failed') : t('map.basemap.unavailable', { name: nameOf(basemap, 'short') })}
    </p>
  );
}
