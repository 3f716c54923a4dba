// One chapter's fields: title, text and speaker notes in both languages, the view it shows (taken
// from the map), its figures and the sources of its words. What is typed stays text: it is only
// ever rendered through React as text.
import { useQuery } from '@tanstack/react-query';
import { areasQuery, districtsQuery, sitesQuery } from '../../data/queries';
import type { TourChapter } from '../../data/schemas';
import { useLang, useT } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';
import { chapterFromView } from '../../lib/tour-draft';
import { FactPicker, SourcePicker } from './pickers';
import { currentView } from './view-of-chapter';

type Lang2 = 'en' | 'zh';
const LANGS: { code: Lang2; html: string }[] = [
  { code: 'en', html: 'en' },
  { code: 'zh', html: 'zh-CN' },
];

interface Props {
  chapter: TourChapter;
  number: number;
  onChange: (c: TourChapter) => void;
  onPreview: () => void;
  canPreview: boolean;
}

export function ChapterEditor({ chapter, number, onChange, onPreview, canPreview }: Props) {
  const t = useT();
  const lang = useLang();
  const sites = useQuery(sitesQuery).data;
  const districts = useQuery(districtsQuery).data;
  const areas = useQuery(areasQuery).data;
  const set = <K extends keyof TourChapter>(key: K, value: TourChapter[K]) => onChange({ ...chapter, [key]: value });
  const notes = { en: chapter.notes?.en ?? '', zh: chapter.notes?.zh ?? '' };

  const takeView = () => {
    const v = chapterFromView({ title: { en: '', zh: '' }, chapters: [] }, currentView({ sites, districts, areas }));
    onChange({ ...chapter, camera: v.camera, layers: v.layers, metric: v.metric, highlight: v.highlight, sources: chapter.sources.length ? chapter.sources : v.sources });
  };

  return (
    <section className="builder__chapter-editor" aria-labelledby="builder-chapter-heading">
      <h2 id="builder-chapter-heading">{t('builder.chapterN', { n: number })}</h2>
      {LANGS.map(({ code, html }) => (
        <fieldset key={code} className="builder__lang">
          <legend>{t(code === 'en' ? 'builder.inEnglish' : 'builder.inChinese')}</legend>
          <label>
            {t('builder.chapterTitle')}
            <input lang={html} value={chapter.title[code]} maxLength={120} onChange={(e) => set('title', { ...chapter.title, [code]: e.target.value })} />
          </label>
          <label>
            {t('builder.text')}
            <textarea lang={html} rows={5} value={chapter.text[code]} maxLength={1000} onChange={(e) => set('text', { ...chapter.text, [code]: e.target.value })} />
          </label>
          <label>
            {t('builder.notes')}
            <textarea lang={html} rows={4} value={notes[code]} maxLength={4000} onChange={(e) => set('notes', { ...notes, [code]: e.target.value })} />
          </label>
        </fieldset>
      ))}

      <fieldset className="builder__view">
        <legend>{t('builder.view')}</legend>
        <p>
          {t('builder.viewSummary', {
            zoom: formatNumber(chapter.camera.zoom, lang, 1),
            layers: formatNumber(chapter.layers.length, lang, 0),
            highlight: chapter.highlight.join(', ') || t('builder.nothing'),
          })}
        </p>
        <button type="button" onClick={takeView}>
          {t('builder.useView')}
        </button>
      </fieldset>

      <FactPicker chosen={chapter.facts} onChange={(ids) => set('facts', ids)} />
      <SourcePicker chosen={chapter.sources} onChange={(ids) => set('sources', ids)} />

      <p className="builder__actions">
        <button type="button" disabled={!canPreview} onClick={onPreview}>
          {t('builder.preview')}
        </button>
        {!canPreview && <span className="builder__hint">{t('builder.previewBlocked')}</span>}
      </p>
    </section>
  );
}
