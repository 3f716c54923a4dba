// Text from the data as a reader sees it. Text in another language than the page's gets its own
// `lang` (screen readers switch voice, browsers pick the right CJK glyphs), and text shown in the
// default language because the reader's has none is marked, so it never passes for a translation.
import { Fragment } from 'react';
import { localized, type LocalizedRecord, type LocalizedText } from '../i18n/localized';
import { otherLanguages } from '../i18n/languages';
import { useLang, useT } from '../i18n/i18n';

export function LocalizedSpan({ value }: { value: LocalizedText | null }) {
  const t = useT();
  const lang = useLang();
  if (!value) return null;
  if (value.language.code === lang) return <>{value.text}</>;
  return (
    <>
      <span lang={value.language.htmlLang}>{value.text}</span>
      {value.fallback && <> <small className="fallback-mark">{t('lang.fallbackMark')}</small></>}
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
