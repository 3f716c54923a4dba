// Asked over the map when a link opened it with the online basemap: the tiles come from another
// host (and leave a trace there), so nothing is requested until the reader agrees.
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/i18n';
import { ONLINE_TILE_ORIGINS } from '../../lib/basemaps';

export function OnlineConsent() {
  const t = useT();
  const consent = useAppStore((s) => s.consentToOnline);
  const setBasemap = useAppStore((s) => s.setBasemap);
  const hosts = ONLINE_TILE_ORIGINS.map((o) => new URL(o).host).join(', ');
  return (
    <div className="talent-map__consent" role="dialog" aria-modal="false" aria-labelledby="online-consent-title">
      <p id="online-consent-title" className="talent-map__notice-title">
        {t('map.basemap.consentTitle')}
      </p>
      <p>{t('map.basemap.consentBody', { hosts })}</p>
      <div className="talent-map__consent-actions">
        <button type="button" className="talent-map__retry" onClick={consent}>
          {t('map.basemap.consentYes')}
        </button>
        <button type="button" className="talent-map__consent-no" onClick={() => setBasemap('builtin')}>
          {t('map.basemap.consentNo')}
        </button>
      </div>
    </div>
  );
}
