// What stands in for the map when there is none: a plain notice, and the boundary that puts it
// there. A failure inside the map must not take the lists and charts down with it.
import { Component, type ReactNode } from 'react';
import { isGpuInitializationError } from './webgl';

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
