// The data files the bare MapLibre page (test/bench/bare/) loads: the same style as the app, the
// built-in basemap's geography included. One list for every bench that builds the bare page, so a
// file added to the style cannot leave one bench's bare page failing to start (it then never goes
// idle and the bench can only time out).
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const BARE_DATA_FILES = ['districts.geojson', 'areas.geojson', 'sites.json', 'sea.geojson', 'water-lines.geojson', 'metro-lines.geojson'] as const;

/** Copies the built data the bare page reads into `<distBench>/data`, replacing what was there. */
export function copyBareData(root: string, distBench: string): void {
  const data = [join(root, 'dist', 'data'), join(root, 'public', 'data')].find((d) => existsSync(join(d, 'districts.geojson')));
  if (!data) throw new Error('No built data (dist/data or public/data): run npm run build first.');
  rmSync(join(distBench, 'data'), { recursive: true, force: true });
  mkdirSync(join(distBench, 'data'), { recursive: true });
  for (const file of BARE_DATA_FILES) cpSync(join(data, file), join(distBench, 'data', file));
}
