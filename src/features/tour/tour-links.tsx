// Two ways out of the projector's view that keep the talk going: the speaker's presenter view in
// a second window, and the tour builder. The presenter view is the same app at the same base
// path (import.meta.env.BASE_URL), so it works wherever the app is deployed.
import { useT } from '../../i18n/i18n';
import { DEFAULT_LANG } from '../../i18n/languages';
import { useAppStore } from '../../store/app-store';

/** The presenter view's address for the current tour, chapter and language. */
export function presenterViewHref(state: { tour: string | null; chapter: number; lang: string }): string {
  const params = new URLSearchParams({ mode: 'presenter-view' });
  if (state.tour) params.set('tour', state.tour);
  if (state.chapter !== 1) params.set('chapter', String(state.chapter));
  if (state.lang !== DEFAULT_LANG) params.set('lang', state.lang);
  return `${import.meta.env.BASE_URL}?${params.toString()}`;
}

export function TourLinks() {
  const t = useT();
  return (
    <>
      <button
        type="button"
        className="presenter__button presenter__button--text"
        title={t('tour.presenterViewTitle')}
        onClick={() => {
          const s = useAppStore.getState();
          window.open(presenterViewHref(s), 'talent-map-presenter-view', 'popup,width=1100,height=720');
        }}
      >
        {t('tour.presenterView')}
      </button>
      <button
        type="button"
        className="presenter__button presenter__button--text"
        title={t('tour.editTitle')}
        onClick={() => {
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          useAppStore.setState({ mode: 'build', autoplay: null });
        }}
      >
        {t('tour.edit')}
      </button>
    </>
  );
}
