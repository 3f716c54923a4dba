// Translation without a runtime library: the languages registry, a typed catalogue and {name}
// placeholders cover every string here, and the compiler catches a missing key, which a
// string-keyed runtime library would only report in the console.
import { useCallback } from 'react';
import { useAppStore } from '../store/app-store';
import type { Lang } from './languages';
import { catalogue, type MessageKey } from './catalogue';
import { localized, type LocalizedRecord, type LocalizedText } from './localized';
import { fill, type Vars } from './template';

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  return fill(catalogue[lang][key], vars);
}

export type T = (key: MessageKey, vars?: Vars) => string;

export function useLang(): Lang {
  return useAppStore((s) => s.lang);
}

export function useT(): T {
  const lang = useLang();
  return useCallback((key: MessageKey, vars?: Vars) => translate(lang, key, vars), [lang]);
}

/**
 * Localized text as one string, for places that take no markup (attributes, sorting, messages):
 * text in the default language carries the catalogue's marker, "Hongqiao (English)", and text
 * written for this project its own, "虹桥人才驿站（译名）".
 * In markup, `<LocalizedSpan>` does the same and also sets the text's `lang`.
 */
export function markedText(value: LocalizedText | null, lang: Lang): string {
  if (!value) return '';
  const marks: MessageKey[] = [];
  if (value.fallback) marks.push('lang.fallbackMark');
  if (value.translated) marks.push('lang.translationMark');
  return [value.text, ...marks.map((k) => translate(lang, k))].join(' ');
}

/** A record's name in the reader's language, marked when it falls back. */
export function nameOf(rec: LocalizedRecord<'name'>, lang: Lang): string {
  return markedText(localized(rec, 'name', lang), lang);
}

export type { MessageKey, Vars };
