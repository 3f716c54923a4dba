// The geo/ files the data build reads, and the name each goes by in messages. The tests and the
// command line both take the list from here, so adding an input is one entry.

export const INPUT_FILES = {
  outlines: 'geo/district-outlines.geojson',
  districts: 'geo/districts.csv',
  sites: 'geo/sites.csv',
  facts: 'geo/facts.csv',
  sources: 'geo/sources.csv',
  publishers: 'geo/publishers.csv',
  areas: 'geo/areas.geojson',
  // The built-in basemap's geography (npm run basemap makes these from sourced files).
  sea: 'geo/basemap/sea.geojson',
  water: 'geo/basemap/water-lines.geojson',
  metro: 'geo/basemap/metro-lines.geojson',
} as const;

export type InputKey = keyof typeof INPUT_FILES;
/** The text of every input, keyed like INPUT_FILES. */
export type BuildInputs = Record<InputKey, string>;
/** How each input is named in messages: the repository path, or where --geo found it. */
export type InputNames = Readonly<Record<InputKey, string>>;
