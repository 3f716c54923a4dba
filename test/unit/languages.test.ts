// @vitest-environment jsdom
// The languages registry's shape, proved with a language that exists only in this file: a
// pseudo-locale whose messages are English with accents and brackets (an untranslated string or a
// lost placeholder would show), and for which no record has a column. jsdom because one case
// renders the marked fallback with the store's language, which a server render would not read.
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { render } from '@testing-library/react';
import { LANGS, LANGUAGES, nextLanguage, otherLanguages, type LanguageDef } from '../../src/i18n/languages';
import { catalogue, type MessageKey } from '../../src/i18n/catalogue';
import { fieldName, inLanguage, localized } from '../../src/i18n/localized';
import { nameOf, translate } from '../../src/i18n/i18n';
import { fill } from '../../src/i18n/template';
import { formatFigure, formatPartialDate, formatRadius } from '../../src/lib/format';
import { LocalizedSpan } from '../../src/components/localized-span';
import { useAppStore } from '../../src/store/app-store';

const PSEUDO: LanguageDef = {
  code: 'xx',
  htmlLang: 'en-XA',
  locale: 'en-XA',
  nativeName: '[Ƥšéûđö]',
  shortName: 'XX',
  fieldSuffix: 'xx',
  script: 'latin',
};

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', n: 'ñ', c: 'ç', s: 'š', A: 'Á', E: 'É', O: 'Ö' };

/** English made visibly foreign, placeholders left intact so the app could still fill them. */
function pseudo(text: string): string {
  const parts = text.split(/(\{\w+\})/);
  return `[${parts.map((p, i) => (i % 2 ? p : [...p].map((c) => ACCENTED[c] ?? c).join(''))).join('')}]`;
}

const pseudoMessages = Object.fromEntries(Object.entries(catalogue.en).map(([k, v]) => [k, pseudo(v)])) as Record<MessageKey, string>;
const messagesOf: Record<string, Record<MessageKey, string>> = { ...catalogue, [PSEUDO.code]: pseudoMessages };
const KEYS = Object.keys(catalogue.en) as MessageKey[];

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const HONGQIAO = { name_en: 'Hongqiao', name_zh: '虹桥' };

describe('message catalogue', () => {
  it('has a table for every registered language and for nothing else', () => {
    expect(Object.keys(catalogue).sort()).toEqual([...LANGS].sort());
  });

  it('resolves every key to a non-empty string in every registered language', () => {
    for (const lang of LANGS) {
      const empty = KEYS.filter((k) => translate(lang, k).trim() === '');
      expect(empty, lang).toEqual([]);
    }
  });

  it('resolves every key to a non-empty string in the pseudo-locale too', () => {
    const empty = KEYS.filter((k) => typeof messagesOf[PSEUDO.code]![k] !== 'string' || messagesOf[PSEUDO.code]![k]!.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in every language as in English', () => {
    for (const code of Object.keys(messagesOf)) {
      const differ = KEYS.filter((k) => placeholders(messagesOf[code]![k]!).join() !== placeholders(catalogue.en[k]).join());
      expect(differ, code).toEqual([]);
    }
  });

  it('fills the pseudo-locale’s placeholders like any other language’s', () => {
    const text = fill(pseudoMessages['details.code'], { code: '310104' });
    expect(text).toContain('310104');
    expect(text).not.toBe(translate('en', 'details.code', { code: '310104' }));
  });
});

describe('localized fields', () => {
  it('reads the column of the reader’s language', () => {
    expect(localized(HONGQIAO, 'name', 'zh')).toEqual({ text: '虹桥', language: LANGUAGES[1], fallback: false });
  });

  it('names the column from the registry’s field suffix', () => {
    expect(LANGS.map((l) => fieldName('name', l))).toEqual(LANGUAGES.map((l) => `name_${l.fieldSuffix}`));
  });

  it('falls back to English, flagged, when a record has no column for the pseudo-locale', () => {
    const v = localized(HONGQIAO, 'name', PSEUDO);
    expect(v).toMatchObject({ text: 'Hongqiao', fallback: true });
    expect(v?.language.htmlLang).toBe('en');
  });

  it('treats an empty column as missing', () => {
    expect(localized({ note_en: 'Schematic outline', note_zh: '' }, 'note', 'zh')).toMatchObject({ text: 'Schematic outline', fallback: true });
  });

  it('gives nothing when no language has the field', () => {
    expect(localized({ note_en: null, note_zh: null }, 'note', PSEUDO)).toBeNull();
  });

  it('falls back the same way for text keyed by language code, as the tour writes it', () => {
    expect(inLanguage({ en: 'Where talent lands' }, PSEUDO)).toMatchObject({ text: 'Where talent lands', fallback: true });
  });

  it('marks a name shown in English because the reader’s language has none', () => {
    expect(nameOf({ name_en: 'Hongqiao' }, 'zh')).toBe(`Hongqiao ${translate('zh', 'lang.fallbackMark')}`);
  });

  it('leaves a name in the reader’s own language unmarked', () => {
    expect(nameOf(HONGQIAO, 'zh')).toBe('虹桥');
  });

  it('renders a fallback with its own lang and the marker', () => {
    useAppStore.setState({ lang: 'zh' });
    const { container } = render(createElement(LocalizedSpan, { value: localized({ name_en: 'Hongqiao' }, 'name', 'zh') }));
    expect(container.innerHTML).toBe(`<span lang="en">Hongqiao</span> <small class="fallback-mark">${translate('zh', 'lang.fallbackMark')}</small>`);
  });
});

describe('registry', () => {
  it('cycles through every language from the one-button switch', () => {
    const seen = [LANGS[0]!];
    while (seen.length < LANGS.length + 1) seen.push(nextLanguage(seen.at(-1)!));
    expect(seen.slice(0, -1).sort()).toEqual([...LANGS].sort());
    expect(seen.at(-1)).toBe(LANGS[0]);
  });

  it('lists the other languages without the reader’s own', () => {
    for (const lang of LANGS) expect(otherLanguages(lang).map((l) => l.code)).toEqual(LANGS.filter((l) => l !== lang));
  });

  it('formats a figure in every registered language', () => {
    for (const lang of LANGS) expect(formatFigure({ value: 1500, unit: 'people', qualifier: 'about' }, lang), lang).toMatch(/1,500/);
  });

  it('formats a date in every registered language', () => {
    for (const lang of LANGS) expect(formatPartialDate('2022-02-25', lang), lang).toMatch(/2022/);
  });

  it('formats a radius in every registered language', () => {
    for (const lang of LANGS) expect(formatRadius(1500, lang), lang).toMatch(/^±1\.5/);
  });
});
