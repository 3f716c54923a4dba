// Regenerates geo/basemap/ (the built-in basemap's sea, water and metro) from the sourced files in
// ../shared/basemap/ beside the repository, or the folder named by BASEMAP_SOURCE_DIR. Run with
// `npm run basemap` only when those sources change; the output is committed, and a second run
// writes the same bytes. Provenance and licences: geo/basemap/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCollection, metroFrom, seaFrom, waterFrom, type Collection } from './lib/basemap-source';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const override = process.env.BASEMAP_SOURCE_DIR?.trim();
const sourceDir = override ? resolve(process.cwd(), override) : resolve(root, '../shared/basemap');

const steps: [string, (fc: Collection) => Collection][] = [
  ['sea.geojson', seaFrom],
  ['water-lines.geojson', waterFrom],
  ['metro-lines.geojson', metroFrom],
];

for (const [name, transform] of steps) {
  let source: Collection;
  try {
    source = JSON.parse(readFileSync(resolve(sourceDir, name), 'utf8')) as Collection;
  } catch (e) {
    console.error(`npm run basemap: cannot read ${name} from ${relative(process.cwd(), sourceDir) || '.'} (${e instanceof Error ? e.message : String(e)}); set BASEMAP_SOURCE_DIR to the folder of the sourced files`);
    process.exit(1);
  }
  const out = transform(source);
  const text = formatCollection(out);
  writeFileSync(resolve(root, 'geo/basemap', name), text);
  console.log(`wrote geo/basemap/${name}: ${out.features.length} features, ${(text.length / 1024).toFixed(0)} KB`);
}
