// Regenerates geo/district-outlines.geojson from the ECharts 4.9.0 Shanghai map (Apache-2.0).
// Run with `npm run outlines` only when the source package changes; the output is committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertEchartsMap, formatFeatureCollection, type EchartsMap } from './lib/outlines.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const input = resolve(root, 'node_modules/echarts/map/json/province/shanghai.json');
const output = resolve(root, 'geo/district-outlines.geojson');

const map = JSON.parse(readFileSync(input, 'utf8')) as EchartsMap;
const fc = convertEchartsMap(map);
writeFileSync(output, formatFeatureCollection(fc));

let points = 0;
for (const f of fc.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const p of polys) for (const r of p) points += r.length;
}
console.log(`wrote geo/district-outlines.geojson: ${fc.features.length} districts, ${points} points`);
