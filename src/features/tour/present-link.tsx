// The ways into the tour from the dashboard: Present (a real link — it can be opened in a new tab
// on the projector's screen — which in this tab switches the mode without a reload) and Edit tour
// (the tour builder).
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/i18n';
import { DEFAULT_LANG } from '../../i18n/languages';
import './present-link.css';

export function PresentLink() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  // The default language is left out, as the URL codec leaves out every default.
  const suffix = lang === DEFAULT_LANG ? '' : `&lang=${lang}`;
  const follow = (e: React.MouseEvent, patch: Partial<ReturnType<typeof useAppStore.getState>>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    useAppStore.setState(patch);
  };
  return (
    <>
      <a className="present-link" href={`?mode=present${suffix}`} title={t('tour.openTitle')} onClick={(e) => follow(e, { mode: 'present', chapter: 1, autoplay: null, tour: null })}>
        {t('tour.open')}
      </a>
      <a className="present-link present-link--quiet" href={`?mode=build${suffix}`} title={t('tour.editTitle')} onClick={(e) => follow(e, { mode: 'build', tour: null })}>
        {t('tour.edit')}
      </a>
    </>
  );
}
