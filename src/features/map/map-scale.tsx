// The scale bar: a metric bar of a round length (1, 2 or 5 × 10ⁿ m, src/lib/scale-bar.ts) with its
// length written beside it, never on it. It follows the camera on its own, once a frame at most,
// so a pan re-renders this and nothing else.
import { useEffect, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useLang, useT } from '../../i18n/i18n';
import { formatDistance } from '../../lib/format';
import { scaleBar } from '../../lib/scale-bar';

/** The longest the bar may be, in CSS pixels. */
const MAX_BAR_PX = 100;

export function MapScale({ map }: { map: MapLibreMap | null }) {
  const t = useT();
  const lang = useLang();
  const [bar, setBar] = useState<{ metres: number; pixels: number } | null>(null);
  useEffect(() => {
    if (!map) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = scaleBar(map.getCenter().lat, map.getZoom(), MAX_BAR_PX);
      setBar((prev) => (prev && prev.metres === next.metres && Math.abs(prev.pixels - next.pixels) < 0.5 ? prev : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    map.on('move', schedule);
    return () => {
      map.off('move', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [map]);
  if (!bar) return null;
  const text = formatDistance(bar.metres, lang);
  return (
    <div className="talent-map__scale" role="img" aria-label={t('map.scale', { distance: text })} data-metres={bar.metres}>
      <span className="talent-map__scale-bar" style={{ width: `${Math.round(bar.pixels)}px` }} />
      <span className="talent-map__scale-text">{text}</span>
    </div>
  );
}
