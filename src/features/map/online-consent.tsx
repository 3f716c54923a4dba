// Asked over the map when a link opened it with an online basemap: the tiles come from another
// host (and leave a trace there), so nothing is requested until the reader agrees. It names the
// basemap and exactly the hosts it would ask.
import { useQuery } from '@tanstack/react-query';
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/i18n';
import { mapConfigQuery } from '../../data/map-config-query';
import { basemapOrigins, type BasemapDef } from '../../lib/basemaps';
import { EMPTY_MAP_CONFIG } from '../../lib/map-config';
import { useBasemapName } from './basemap-name';

export function OnlineConsent({ basemap }: { basemap: BasemapDef }) {
  const t = useT();
  const nameOf = useBasemapName();
  const config = useQuery(mapConfigQuery).data ?? EMPTY_MAP_CONFIG;
  const consent = useAppStore((s) => s.consentToOnline);
  const setBasemap = useAppStore((s) => s.setBasemap);
  const hosts = basemapOrigins(basemap, config)
    .map((o) => new URL(o).host)
    .join(', ');
  const name = nameOf(basemap, 'short');
  return (
    <div className="talent-map__consent" role="dialog" aria-modal="false" aria-labelledby="online-consent-title">
      <p id="online-consent-title" className="talent-map__notice-title">
        {t('map.basemap.consentTitle')}
      </p>
      <p>{t('map.basemap.consentBody', { name, hosts })}</p>
      <div className="talent-map__consent-actions">
        <button type="button" className="talent-map__retry" onClick={consent}>
          {t('map.basemap.consentYes', { name })}
        </button>
        <button type="button" className="talent-map__consent-no" onClick={() => setBasemap('builtin')}>
          {t('map.basemap.consentNo')}
        </button>
      </div>
    </div>
  );
}
