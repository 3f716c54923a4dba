// geo/districts.csv, joined with the outlines → districts.geojson, plus each district's census
// population and land area as facts, so that every figure on screen is a dated, sourced fact.
import { z } from 'zod';
import { FEATURED_LAYER_IDS, districtCodeSchema, featuredLayerIdSchema, type DistrictFeature, type Fact, type FeaturedLayerId } from '../../../src/data/schemas';
import { blankOr, bothLanguages, filled, numberOrNull, positiveNumber, recordSchema, splitIds, textRules } from './cells';
import { keyedBy, readCsv, rowKeyRules } from './csv';
import { OUTLINE_SOURCE_ID, type Outline } from './district-outlines';
import { jsonLineOf } from './geojson';
import { distinct, messagesOf, type Report } from './report';
import type { SourceLedger } from './sources';
import { DISTRICT_TEXT } from './text-fields';

const DISTRICT_COLUMNS = ['code', 'name_en', 'name_zh', 'area_km2', 'area_note', 'area_note_zh', 'pop_2020', 'featured', 'source_ids'] as const;
const SHANGHAI_DISTRICTS = 16;
const CENSUS_SOURCE_ID = 'census-2020';
const AREA_SOURCE_ID = 'yearbook-area';

const districtRow = recordSchema(
  {
    code: z.string(),
    name_en: filled('name_en is empty'),
    name_zh: filled('name_zh is empty'),
    area_km2: positiveNumber('area_km2'),
    area_note: z.string(),
    area_note_zh: z.string(),
    pop_2020: blankOr((v) => /^\d+$/.test(v) && Number(v) > 0, (v) => `pop_2020 "${v}" is not a positive whole number`),
    featured: blankOr(
      (v) => featuredLayerIdSchema.safeParse(v).success,
      (v) => `featured must be the layer id of a featured district (${FEATURED_LAYER_IDS.join(', ')}) or empty, not "${v}"`,
    ),
    source_ids: z.string(),
  },
  bothLanguages('area_note', 'area_note_zh'),
  textRules(DISTRICT_TEXT),
);

export interface District {
  code: string;
  line: number;
  name_en: string;
  name_zh: string;
  area: number | null;
  areaNote: string;
  areaNoteZh: string;
  pop: number | null;
  /** The layer that draws this district as featured, from the `featured` column. */
  featuredLayer: FeaturedLayerId | null;
  sourceIds: string[];
}

/** `outlinesText` locates an outline that has no row. */
export function readDistricts(text: string, report: Report, sources: SourceLedger, outlines: Map<string, Outline>, outlinesText: string): Map<string, District> {
  const problem = report.in('districts');
  const { files } = report;
  const districts = new Map<string, District>();
  // Each featured layer draws one district: the first row naming it, for the message about a second.
  const featuredBy = new Map<FeaturedLayerId, District>();
  const rules = rowKeyRules('district code', (code) => (districtCodeSchema.safeParse(code).success ? null : `code "${code}" is not a Shanghai district code (3101xx)`));
  for (const { line, key: code, cells: c } of distinct(keyedBy(readCsv(text, DISTRICT_COLUMNS, problem), 'code'), rules, problem)) {
    for (const message of messagesOf(districtRow.safeParse(c))) problem(line, code, message);
    const sourceIds = splitIds(c.source_ids ?? '');
    sources.cite(sourceIds, 'districts', line, code);
    if (!outlines.has(code)) problem(line, code, `no outline with this code in ${files.outlines}`);
    const featured = featuredLayerIdSchema.safeParse(c.featured);
    const featuredLayer = featured.success ? featured.data : null;
    // Kept even when wrong, so that the sites in it are not reported a second time.
    const district: District = {
      code,
      line,
      name_en: c.name_en ?? '',
      name_zh: c.name_zh ?? '',
      area: numberOrNull(c.area_km2),
      areaNote: c.area_note ?? '',
      areaNoteZh: c.area_note_zh ?? '',
      pop: /^\d+$/.test(c.pop_2020 ?? '') ? Number(c.pop_2020) : null,
      featuredLayer,
      sourceIds,
    };
    districts.set(code, district);
    if (featuredLayer !== null) {
      const first = featuredBy.get(featuredLayer);
      if (first) problem(line, code, `featured layer "${featuredLayer}" already draws ${first.code} (line ${first.line}); each featured layer draws one district`);
      else featuredBy.set(featuredLayer, district);
    }
  }
  for (const id of FEATURED_LAYER_IDS) {
    if (!featuredBy.has(id)) problem(null, null, `no district is featured as "${id}": that layer would draw nothing`);
  }
  for (const code of outlines.keys()) {
    if (!districts.has(code)) report.in('outlines')(jsonLineOf(outlinesText, 'code', code), code, `outline has no row in ${files.districts}`);
  }
  if (districts.size !== SHANGHAI_DISTRICTS) problem(null, null, `expected the ${SHANGHAI_DISTRICTS} districts of Shanghai, found ${districts.size}`);
  if (outlines.size > 0) sources.require(OUTLINE_SOURCE_ID, 'the district outlines');
  return districts;
}

/** The census population and land area of a district, as facts (a figure left empty gives none). */
export function districtFacts(d: District): Fact[] {
  const fact = (metric: string, value: number, unit: string, asOf: string | null, sourceId: string, note: [string, string]): Fact => ({
    id: `district:${d.code}:${metric}:${asOf ?? 'undated'}`,
    scope: 'district',
    subject: d.code,
    metric,
    value,
    unit,
    as_of: asOf,
    qualifier: null,
    source_id: sourceId,
    note_en: note[0] || null,
    note_zh: note[1] || null,
  });
  return [
    ...(d.pop !== null ? [fact('population', d.pop, 'people', '2020', CENSUS_SOURCE_ID, ['', ''])] : []),
    ...(d.area !== null ? [fact('land_area', d.area, 'km2', null, AREA_SOURCE_ID, [d.areaNote, d.areaNoteZh])] : []),
  ];
}

/** Sources the district facts cite, which the bibliography must hold. */
export function requireDistrictFactSources(sources: SourceLedger): void {
  sources.require(CENSUS_SOURCE_ID, 'the district facts');
  sources.require(AREA_SOURCE_ID, 'the district facts');
}

export function districtFeature(d: District, outline: Outline): DistrictFeature {
  return {
    type: 'Feature',
    properties: {
      fid: Number(d.code),
      code: d.code,
      name_en: d.name_en,
      name_zh: d.name_zh,
      featured: d.featuredLayer !== null,
      featured_layer: d.featuredLayer,
      label: outline.label,
      source_ids: [...new Set([...d.sourceIds, OUTLINE_SOURCE_ID])],
    },
    geometry: outline.geometry,
  };
}
