// The built-in basemap: no tiles, no sprite, no glyph server. The land is the 16 district polygons
// of our own data; the sea, the rivers and the metro over it are geography-layers.ts'. The labels
// are drawn in the browser:
// Latin letters from a bundled Inter file declared in `font-faces`, Chinese characters from the
// system's CJK font. The style therefore asks no other host for anything.
import type { FontFacesSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import interMediumUrl from '@fontsource/inter/files/inter-latin-500-normal.woff2?url';
import interSemiBoldUrl from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import type { Lang } from '../../lib/vocabulary';
import type { LayerContext } from '../../derived/layer-context';
import type { FieldSuffix } from '../../i18n/languages';
import { fieldName } from '../../i18n/localized';
import { paletteOf } from './palette';
import { SOURCE_IDS } from './map-data';
import { SLOTS, inSlot, slotMarker } from './slots';

/** The Latin subset the bundled files cover (from the @fontsource/inter stylesheet). */
const LATIN_RANGE = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];

/**
 * System CJK families, most specific first. MapLibre draws every character no `font-faces` file
 * covers with the CSS font stack named in `text-font`, so listing these after the Inter face is
 * what gives Chinese labels a proper Simplified Chinese face; the same list is passed as the map's
 * `localIdeographFontFamily` for any text drawn with the default stack.
 */
export const CJK_FONT_FAMILIES = [
  'PingFang SC',
  'Hiragino Sans GB',
  'Microsoft YaHei',
  'Noto Sans CJK SC',
  'Noto Sans SC',
  'Source Han Sans SC',
  'WenQuanYi Micro Hei',
];
export const LOCAL_IDEOGRAPH_FONT_FAMILY = `${CJK_FONT_FAMILIES.map((f) => `"${f}"`).join(', ')}, sans-serif`;

export const FONTS = {
  medium: 'Inter Medium',
  semiBold: 'Inter SemiBold',
} as const;

export const FONT_FACES: FontFacesSpecification = {
  [FONTS.medium]: [{ url: interMediumUrl, 'unicode-range': LATIN_RANGE }],
  [FONTS.semiBold]: [{ url: interSemiBoldUrl, 'unicode-range': LATIN_RANGE }],
};

/** `text-font` stacks: the bundled Latin face, then the system CJK faces. */
export function fontStack(font: (typeof FONTS)[keyof typeof FONTS]): string[] {
  return [font, ...CJK_FONT_FAMILIES];
}

/** The name property to label with in each language. */
export function nameProperty(lang: Lang): `name_${FieldSuffix}` {
  return fieldName('name', lang);
}


/**
 * The style the map is created with: the font files and one empty marker per draw-order slot.
 * Sources and layers, the background included (its colour is the flavour's), are added into it as
 * the data arrives (see map-view.tsx).
 */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Shanghai Talent Map',
    'font-faces': FONT_FACES,
    sources: {},
    layers: SLOTS.map(slotMarker),
  };
}

/** The land and the district boundaries on it: always shown (the names: label-layers.ts). */
export function basemapLayers(ctx: LayerContext): LayerSpecification[] {
  const { basemap } = paletteOf(ctx.flavour);
  return [
    {
      id: 'districts-land',
      type: 'fill',
      source: SOURCE_IDS.districts,
      ...inSlot('land'),
      paint: { 'fill-color': basemap.land, 'fill-antialias': true },
    },
    {
      // The outlines were drawn district by district, so neighbours leave hairline gaps (tens of
      // metres, within the outlines' stated accuracy) that the sea colour would show through as
      // rivers that are not in the data. A land-coloured stroke about 40 m wide closes them.
      id: 'districts-land-seam',
      type: 'line',
      source: SOURCE_IDS.districts,
      ...inSlot('land'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': basemap.land,
        'line-width': ['interpolate', ['exponential', 2], ['zoom'], 8, 0.15, 16, 40],
      },
    },
    {
      id: 'districts-boundary',
      type: 'line',
      source: SOURCE_IDS.districts,
      ...inSlot('district-lines'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': basemap.boundary,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.6, 12, 1.2],
      },
    },
  ];
}
