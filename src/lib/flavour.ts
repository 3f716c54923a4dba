// Which flavour the map (and the page) is drawn in: one pure rule, so every mode agrees and the
// rule is tested on its own. The presenter is dark unless the link says otherwise (a projector in
// a dark hall); an embed follows its `theme` (`auto`, where offered, means the system's preference);
// the dashboard follows the system's `prefers-color-scheme` unless the reader picked one.
import type { Flavour, FlavourChoice, Mode } from './vocabulary';

export interface FlavourInputs {
  mode: Mode;
  /** The `flavour` URL parameter / the dashboard's switch. */
  choice: FlavourChoice;
  /** The embed's `theme` option (only read in embed mode). */
  embedTheme: string | null;
  /** Whether the system prefers dark (`prefers-color-scheme: dark`). */
  systemDark: boolean;
}

export function resolveFlavour({ mode, choice, embedTheme, systemDark }: FlavourInputs): Flavour {
  const system: Flavour = systemDark ? 'dark' : 'light';
  if (mode === 'embed') return embedTheme === 'dark' ? 'dark' : embedTheme === 'auto' ? system : 'light';
  if (choice !== 'auto') return choice;
  return mode === 'present' ? 'dark' : system;
}
