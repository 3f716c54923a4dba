// The map's own buttons and credits, drawn by us rather than MapLibre's controls so they follow the
// app's language, styles and focus order. Zooming is a gesture like the wheel and goes to the map
// directly; "the whole city" is a camera request like any other, so the camera has one way in.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/i18n';
import type { Credit } from '../../lib/basemaps';
import type { MessageKey } from '../../i18n/i18n';
import { prefersReducedMotion } from './webgl';

/** Zoom in, zoom out and the whole city. Hidden (not removed) when the map takes no gestures. */
export function MapControls({ map, hidden }: { map: MapLibreMap | null; hidden: boolean }) {
  const t = useT();
  const zoomBy = (delta: number) => {
    if (!map) return;
    const options = { duration: prefersReducedMotion() ? 0 : 250 };
    if (delta > 0) map.zoomIn(options);
    else map.zoomOut(options);
  };
  return (
    <div className="talent-map__controls" hidden={hidden}>
      <button type="button" className="talent-map__button" aria-label={t('map.zoomIn')} title={t('map.zoomIn')} onClick={() => zoomBy(1)}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="talent-map__button" aria-label={t('map.zoomOut')} title={t('map.zoomOut')} onClick={() => zoomBy(-1)}>
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="talent-map__button talent-map__button--city"
        aria-label={t('map.fitCity')}
        title={t('map.fitCity')}
        // The reader asked for this view: unlike a link's automatic fit, it is written to the URL.
        onClick={() => useAppStore.getState().requestCamera({ kind: 'city', auto: false })}
      >
        <CityIcon />
      </button>
    </div>
  );
}

function CityIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

/** Who drew what: the basemap's credits (its registry entry's, and a custom style's own) while it is shown, then the outlines and the data. */
export function MapAttribution({ credits }: { credits: readonly Credit[] }) {
  const t = useT();
  return (
    <p className="talent-map__attribution">
      {credits.map((a) => {
        // A deployment's own credit is its text, shown as text; the registry's are catalogue keys.
        const label = 'text' in a ? a.text : t(a.labelKey as MessageKey);
        return (
          <span key={label}>
            <span>
              ©{' '}
              {a.url ? (
                <a href={a.url} target="_blank" rel="noreferrer">
                  {label}
                </a>
              ) : (
                label
              )}
            </span>
            <span aria-hidden="true"> · </span>
          </span>
        );
      })}
      <span>{t('map.attribution.outlines')}</span>
      <span aria-hidden="true"> · </span>
      <span>{t('map.attribution.data')}</span>
    </p>
  );
}
