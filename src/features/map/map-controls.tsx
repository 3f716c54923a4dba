// The map's own buttons and credits, drawn by us rather than MapLibre's controls so they follow the
// app's language, styles and focus order. Zooming and turning north up are gestures like the
// wheel and go to the map directly; "home" (the default view) is a camera request like any other,
// so the camera has one way in. Full screen takes the whole map box (legend and controls with it).
import { useEffect, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/i18n';
import type { Credit } from '../../lib/basemaps';
import type { MessageKey } from '../../i18n/i18n';
import { prefersReducedMotion } from './webgl';
import './map-chrome.css';

const duration = () => (prefersReducedMotion() ? 0 : 250);

/** The map's bearing, followed as it turns (a link or a tour chapter can turn it). */
function useBearing(map: MapLibreMap | null): number {
  const [bearing, setBearing] = useState(() => map?.getBearing() ?? 0);
  useEffect(() => {
    if (!map) return;
    const on = () => setBearing(Math.round(map.getBearing()));
    on();
    map.on('rotate', on);
    map.on('moveend', on);
    return () => {
      map.off('rotate', on);
      map.off('moveend', on);
    };
  }, [map]);
  return bearing;
}

function useFullscreen(): boolean {
  const [on, setOn] = useState(() => typeof document !== 'undefined' && document.fullscreenElement !== null);
  useEffect(() => {
    const sync = () => setOn(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  return on;
}

/** Zoom, home, north up (only while rotated) and full screen. Hidden (not removed) when the map takes no gestures. */
export function MapControls({ map, hidden }: { map: MapLibreMap | null; hidden: boolean }) {
  const t = useT();
  const bearing = useBearing(map);
  const fullscreen = useFullscreen();
  const canFullscreen = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const zoomBy = (delta: number) => {
    if (!map) return;
    if (delta > 0) map.zoomIn({ duration: duration() });
    else map.zoomOut({ duration: duration() });
  };
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void map?.getContainer().closest<HTMLElement>('.talent-map')?.requestFullscreen();
  };
  const fsLabel = fullscreen ? t('map.exitFullscreen') : t('map.fullscreen');
  return (
    <div className="talent-map__controls" hidden={hidden}>
      <div className="talent-map__group">
        <button type="button" className="talent-map__button" aria-label={t('map.zoomIn')} title={t('map.zoomIn')} onClick={() => zoomBy(1)}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="talent-map__button" aria-label={t('map.zoomOut')} title={t('map.zoomOut')} onClick={() => zoomBy(-1)}>
          <span aria-hidden="true">−</span>
        </button>
      </div>
      <div className="talent-map__group">
        <button
          type="button"
          className="talent-map__button"
          aria-label={t('map.home')}
          title={t('map.home')}
          // The default view is no one's choice: the URL drops its view, as a link without one.
          onClick={() => useAppStore.getState().requestCamera({ kind: 'city', auto: true })}
        >
          <HomeIcon />
        </button>
        {bearing !== 0 && (
          <button
            type="button"
            className="talent-map__button"
            aria-label={t('map.compass', { degrees: bearing })}
            title={t('map.compass', { degrees: bearing })}
            onClick={() => map?.easeTo({ bearing: 0, duration: duration() })}
          >
            <CompassIcon bearing={bearing} />
          </button>
        )}
        {canFullscreen && (
          <button type="button" className="talent-map__button" aria-label={fsLabel} title={fsLabel} aria-pressed={fullscreen} onClick={toggleFullscreen}>
            <FullscreenIcon exit={fullscreen} />
          </button>
        )}
      </div>
    </div>
  );
}

function HomeIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M2 7.5 8 2.5l6 5M4 6.5V13.5h3v-4h2v4h3V6.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}

/** A needle pointing to where north is on the rotated map. */
function CompassIcon({ bearing }: { bearing: number }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" style={{ transform: `rotate(${-bearing}deg)` }}>
      <path d="M8 1.5 11 8H5z" fill="#c0392b" />
      <path d="M8 14.5 5 8h6z" fill="currentColor" opacity="0.55" />
    </svg>
  );
}

function FullscreenIcon({ exit }: { exit: boolean }) {
  const d = exit ? 'M6 2v4H2M10 2v4h4M14 10h-4v4M2 10h4v4' : 'M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4';
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

/** Who drew what: the basemap's credits (its registry entry's, and a custom style's own) while it is shown, then the outlines and the data. */
export function MapAttribution({ credits }: { credits: readonly Credit[] }) {
  const t = useT();
  // A small map (an embed) shows the credits on one line cut short; this opens them in full. Where
  // the line has room, the button is not shown (map-chrome.css).
  const [open, setOpen] = useState(false);
  return (
    <p className={open ? 'talent-map__attribution talent-map__attribution--open' : 'talent-map__attribution'}>
      <button type="button" className="talent-map__credits-toggle" aria-expanded={open} aria-label={t('map.attribution.toggle')} title={t('map.attribution.toggle')} onClick={() => setOpen((o) => !o)}>
        {open ? '×' : 'ⓘ'}
      </button>
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
