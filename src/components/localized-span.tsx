// Text from the data as a reader sees it. Text in another language than the page's gets its own
// `lang` (screen readers switch voice, browsers pick the right CJK glyphs), text shown in the
// default language because the reader's has none is marked, so it never passes for a translation,
// and a translation written for this map is marked, so it never passes for an official name.
import { Fragment } from 'react';
import { hasTranslation, localized, type LocalizedRecord, type LocalizedText } from '../i18n/localized';
import { LANGUAGES, otherLanguages } from '../i18n/languages';
import { useLang, useT } from '../i18n/i18n';

function Marks({ value }: { value: LocalizedText }) {
  const t = useT();
  return (
    <>
      {value.fallback && <> <small className="fallback-mark">{t('lang.fallbackMark')}</small></>}
      {value.translated && <> <small className="translation-mark">{t('lang.translationMark')}</small></>}
    </>
  );
}

export function LocalizedSpan({ value }: { value: LocalizedText | null }) {
  const lang = useLang();
  if (!value) return null;
  if (value.language.code === lang) {
    return (
      <>
        {value.text}
        <Marks value={value} />
      </>
    );
  }
  return (
    <>
      <span lang={value.language.htmlLang}>{value.text}</span>
      <Marks value={value} />
    </>
  );
}

/** A record's name in the reader's language. */
export function LocalizedName({ of }: { of: LocalizedRecord<'name'> }) {
  return <LocalizedSpan value={localized(of, 'name', useLang())} />;
}

/** The name as the other languages write it, for a panel's subtitle; untranslated ones are left out. */
export function OtherNames({ of }: { of: LocalizedRecord<'name'> }) {
  const names = otherLanguages(useLang())
    .map((l) => localized(of, 'name', l))
    .filter((v): v is LocalizedText => v !== null && !v.fallback);
  return names.map((v, i) => (
    <Fragment key={v.language.code}>
      {i > 0 && ' · '}
      <LocalizedSpan value={v} />
    </Fragment>
  ));
}

/**
 * Said once in a record's details when one of its names was written for this map: the marker
 * after the name says "translated", this says what that means.
 */
export function TranslatedNameNote({ of }: { of: LocalizedRecord<'name'> }) {
  const t = useT();
  if (!hasTranslation(of, 'name', LANGUAGES)) return null;
  return <p className="details__note details__note--translation">{t('lang.translatedNote')}</p>;
}
