// The analysis overlays in the legend on the map: the reach area while it is drawn, the proximity
// rings while an origin is chosen. Their colours are the ones the overlay paints with: the reach
// style (proximity-overlay.ts) and the proximity colours of the map's flavour (palette.ts).
import { useLang, useT } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { formatDistance, formatList } from '../../lib/format';
import { REACH_STYLE } from './proximity-overlay';
import { paletteOf } from './palette';
import { useFlavour } from '../../derived/flavour';

export function AnalysisLegend() {
  const t = useT();
  const lang = useLang();
  const origin = useAppStore((s) => s.analysis.origin);
  const rings = useAppStore((s) => s.analysis.rings);
  const reachOn = useAppStore((s) => s.analysis.reachOn);
  const km = useAppStore((s) => s.analysis.reachKm);
  return (
    <>
      {reachOn && (
        <div className="map-legend__block" data-testid="map-legend-reach">
          <p className="map-legend__row">
            <svg className="legend-swatch" width={22} height={16} viewBox="0 0 22 16" aria-hidden="true" focusable="false">
              <rect x={1.5} y={2.5} width={19} height={11} rx={2} fill={REACH_STYLE.fill} fillOpacity={REACH_STYLE.fillOpacity} />
            </svg>
            <span>{t('legend.reach', { km: formatDistance(km * 1000, lang) })}</span>
          </p>
          <p className="map-legend__note">{t('legend.reachUnit')}</p>
        </div>
      )}
      {origin && <ProximityLegend rings={rings} />}
    </>
  );
}

function ProximityLegend({ rings }: { rings: readonly number[] }) {
  const t = useT();
  const lang = useLang();
  const colours = paletteOf(useFlavour()).proximity;
  return (
    <div className="map-legend__block" data-testid="map-legend-proximity">
      <p className="map-legend__row">
        <svg className="legend-swatch" width={22} height={16} viewBox="0 0 22 16" aria-hidden="true" focusable="false">
          <circle cx={11} cy={8} r={6} fill="none" stroke={colours.ring} strokeWidth={1.6} strokeDasharray="4 2" />
          <circle cx={11} cy={8} r={2.5} fill={colours.origin} />
        </svg>
        <span>{t('legend.proximity', { rings: formatList(rings.map((km) => formatDistance(km * 1000, lang)), lang) })}</span>
      </p>
    </div>
  );
}
