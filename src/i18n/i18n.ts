// Translation without a runtime library: two languages, a typed catalogue and {name} placeholders
// cover every string here, and the compiler catches a missing key, which a string-keyed runtime
// library would only report in the console.
import { useCallback } from 'react';
import { useAppStore } from '../store/app-store';
import type { Lang } from '../lib/vocabulary';
import { catalogue, type MessageKey } from './catalogue';

export type Vars = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const template = catalogue[lang][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export type T = (key: MessageKey, vars?: Vars) => string;

export function useLang(): Lang {
  return useAppStore((s) => s.lang);
}

export function useT(): T {
  const lang = useLang();
  return useCallback((key: MessageKey, vars?: Vars) => translate(lang, key, vars), [lang]);
}

/** Every record in the data carries name_en and name_zh. */
export function nameOf(rec: { name_en: string; name_zh: string }, lang: Lang): string {
  return lang === 'zh' ? rec.name_zh : rec.name_en;
}

export type { MessageKey };
