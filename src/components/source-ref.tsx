// A source is one click away from every figure: a small button that opens the full citation.
// The publisher is named in the reader's language where it has an established name in it; the
// title stays as the cited work has it, in its own language, marked when that is not the page's.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sourcesQuery } from '../data/queries';
import { useLang, useT, type T } from '../i18n/i18n';
import type { Lang, LanguageDef } from '../i18n/languages';
import { publisherText, shortSourceName, titleText } from '../i18n/source-text';
import { formatPartialDate } from '../lib/format';
import type { Source } from '../data/schemas';
import { fillParts } from './fill-parts';

/** Text in a language that may not be the page's: its own `lang` when it differs. */
function InLanguage({ text, language, lang }: { text: string; language: LanguageDef | null; lang: Lang }) {
  return language && language.code !== lang ? <span lang={language.htmlLang}>{text}</span> : <>{text}</>;
}

function ShortLabel({ source, id, lang, t, full }: { source: Source | undefined; id: string; lang: Lang; t: T; full: boolean }): ReactNode {
  if (!source) return id;
  const name = full ? fullSourceName(source, lang) : shortSourceName(source, lang);
  const own = <InLanguage text={name.text} language={name.language} lang={lang} />;
  // A title is quoted as the page's language quotes titles: “…” in English, 《…》 in Chinese.
  const named = name.isTitle ? fillParts(t('source.quotedTitle'), { title: own }) : own;
  return name.year ? fillParts(t('source.short'), { name: named, year: name.year }) : named;
}

/** The short name's parts, not cut short: the publisher, or the whole title. */
function fullSourceName(source: Source, lang: Lang): ReturnType<typeof shortSourceName> {
  const publisher = publisherText(source, lang);
  const year = source.date ? source.date.slice(0, 4) : null;
  if (publisher) return { text: publisher.text, language: publisher.language, year, isTitle: false };
  const title = titleText(source);
  return { text: title.text, language: title.language, year, isTitle: true };
}

/** The full name as one string, for the button's title (shown on hover, and its accessible description). */
function fullName(source: Source | undefined, id: string, lang: Lang, t: T): string {
  if (!source) return id;
  const n = fullSourceName(source, lang);
  const name = n.isTitle ? t('source.quotedTitle', { title: n.text }) : n.text;
  return n.year ? t('source.short', { name, year: n.year }) : name;
}

function Citation({ source, figure, lang, t }: { source: Source; figure: string | undefined; lang: Lang; t: T }) {
  const publisher = publisherText(source, lang);
  const title = titleText(source);
  const foreignTitle = title.language && title.language.code !== lang ? title.language : null;
  return (
    <dl>
      {figure && (
        <>
          <dt>{t('source.figure')}</dt>
          <dd className="source-ref__figure">{figure}</dd>
        </>
      )}
      <dt>{t('source.publisher')}</dt>
      <dd className="source-ref__publisher">
        {publisher ? <InLanguage text={publisher.text} language={publisher.language} lang={lang} /> : t('source.noPublisher')}
      </dd>
      <dt>{t('source.title')}</dt>
      <dd>
        <cite className="source-ref__title" lang={title.language?.htmlLang}>
          {title.text}
        </cite>
        {foreignTitle && (
          <>
            {' '}
            <small className="lang-mark">{t('source.inLanguage', { language: t(`lang.name.${foreignTitle.code as Lang}`) })}</small>
          </>
        )}
      </dd>
      <dt>{t('source.date')}</dt>
      <dd>{formatPartialDate(source.date, lang) ?? t('source.noDate')}</dd>
      <dt>{t('source.link')}</dt>
      <dd>
        {source.url ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.url}
          </a>
        ) : (
          t('source.noLink')
        )}
      </dd>
      <dt>{t('source.id')}</dt>
      <dd>
        <code>{source.id}</code>
      </dd>
    </dl>
  );
}

/**
 * `bare`: just the source's name, for lists that already say "Sources:". `figure`: the figure
 * this source backs, written out exactly, for when the screen shows it abbreviated ("675万人").
 * `full`: the name is never shortened in the text — where the layout cuts it (a headline card),
 * CSS does, so the accessible name still holds every word and focus can show them all.
 */
export function SourceRef({ id, bare = false, figure, full = false }: { id: string; bare?: boolean; figure?: string; full?: boolean }) {
  const t = useT();
  const lang = useLang();
  const { data: sources } = useQuery(sourcesQuery);
  const [open, setOpen] = useState(false);
  const dialogId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const source = sources?.get(id);

  useEffect(() => {
    if (!open) return;
    panelRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const label = <ShortLabel source={source} id={id} lang={lang} t={t} full={full} />;
  const whole = fullName(source, id, lang, t);
  const name = bare ? whole : t('source.label', { name: whole });
  return (
    <span className="source-ref">
      <button
        ref={buttonRef}
        type="button"
        className="source-ref__button"
        aria-expanded={open}
        aria-controls={open ? dialogId : undefined}
        onClick={() => setOpen((o) => !o)}
        title={t('source.fullTitle', { name, open: t('source.open') })}
      >
        {bare ? label : fillParts(t('source.label'), { name: label })}
      </button>
      {open && (
        <div
          ref={panelRef}
          id={dialogId}
          role="dialog"
          aria-label={t('source.dialog')}
          tabIndex={-1}
          className="source-ref__panel"
        >
          {source ? <Citation source={source} figure={figure} lang={lang} t={t} /> : <p>{sources ? t('source.unknown', { id }) : t('source.loading')}</p>}
          <button type="button" className="source-ref__close" onClick={() => setOpen(false)}>
            {t('common.close')}
          </button>
        </div>
      )}
    </span>
  );
}

export function SourceRefs({ ids }: { ids: readonly string[] }) {
  return (
    <span className="source-refs">
      {ids.map((id) => (
        <SourceRef key={id} id={id} bare />
      ))}
    </span>
  );
}
