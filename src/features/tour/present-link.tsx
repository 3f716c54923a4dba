// The way into presenter mode from the dashboard: a real link (it can be opened in a new tab on
// the projector's screen), which in this tab switches the mode without a reload.
import { useAppStore } from '../../store/app-store';
import { useT } from '../../i18n/i18n';
import { DEFAULT_LANG } from '../../i18n/languages';
import './present-link.css';

export function PresentLink() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  // The default language is left out, as the URL codec leaves out every default.
  const href = lang === DEFAULT_LANG ? '?mode=present' : `?mode=present&lang=${lang}`;
  return (
    <a
      className="present-link"
      href={href}
      title={t('tour.openTitle')}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        useAppStore.setState({ mode: 'present', chapter: 1, autoplay: null });
      }}
    >
      {t('tour.open')}
    </a>
  );
}
