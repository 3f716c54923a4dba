// A column's `_status` (name_zh_status) in the localized reader: a translation is flagged, "none"
// reads as missing, and the string form carries the marker.
import { describe, expect, it } from 'vitest';
import { hasTranslation, localized } from '../../src/i18n/localized';
import { LANGUAGES } from '../../src/i18n/languages';
import { nameOf, translate } from '../../src/i18n/i18n';

const TRANSLATED = { name_en: 'Talent Station', name_zh: '人才驿站', name_zh_status: 'translation' };
const NONE = { name_en: 'Talent Station', name_zh: '', name_zh_status: 'none' };
const IN_USE = { name_en: 'Talent Station', name_zh: '人才驿站', name_zh_status: 'established' };

describe('a name with a status', () => {
  it('flags a name written for this map as translated', () => {
    expect(localized(TRANSLATED, 'name', 'zh')).toMatchObject({ text: '人才驿站', fallback: false, translated: true });
  });

  it('does not flag a name in use', () => {
    expect(localized(IN_USE, 'name', 'zh')?.translated).toBeUndefined();
  });

  it('falls back to English, flagged, when there is no Chinese name', () => {
    expect(localized(NONE, 'name', 'zh')).toMatchObject({ text: 'Talent Station', fallback: true });
  });

  it('reads a name with status "none" as missing even if the column holds text', () => {
    expect(localized({ ...NONE, name_zh: '人才驿站' }, 'name', 'zh')).toMatchObject({ fallback: true });
  });

  it('marks a translated name in the string form', () => {
    expect(nameOf(TRANSLATED, 'zh')).toBe(`人才驿站 ${translate('zh', 'lang.translationMark')}`);
  });

  it('finds the translation among a record’s names, whichever page reads them', () => {
    expect(hasTranslation(TRANSLATED, 'name', LANGUAGES)).toBe(true);
  });

  it('finds no translation among names in use', () => {
    expect(hasTranslation(IN_USE, 'name', LANGUAGES)).toBe(false);
  });
});
