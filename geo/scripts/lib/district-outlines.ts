// geo/district-outlines.geojson: the district shapes and label points (made by `npm run outlines`
// from the ECharts package), keyed by district code for districts.csv to join.
import { districtCodeSchema, districtPropsSchema } from '../../../src/data/schemas';
import { featuresOf, locateFeatures } from './geojson';
import { geometryProblem, type AreaGeometry } from './geometry';
import { distinct, type Report } from './report';

/** Credited on every district, since every district's shape comes from it. */
export const OUTLINE_SOURCE_ID = 'echarts-4.9.0';

export interface Outline {
  code: string;
  label: [number, number];
  geometry: AreaGeometry;
}

export function readOutlines(text: string, report: Report): Map<string, Outline> {
  const problem = report.in('outlines');
  const out = new Map<string, Outline>();
  const located = locateFeatures(text, featuresOf(text, problem) ?? [], 'code');
  const rules = {
    invalid: (code: string) => (districtCodeSchema.safeParse(code).success ? null : 'properties.code is not a Shanghai district code (3101xx)'),
    repeated: () => 'duplicate district code',
  };
  for (const { key: code, line, feature } of distinct(located, rules, problem)) {
    const label = districtPropsSchema.shape.label.safeParse(feature.properties.label);
    const shape = geometryProblem(feature.geometry);
    if (!label.success) problem(line, code, 'properties.label is not [lon, lat] in Shanghai');
    else if (shape) problem(line, code, shape);
    else out.set(code, { code, label: label.data, geometry: feature.geometry as AreaGeometry });
  }
  return out;
}
