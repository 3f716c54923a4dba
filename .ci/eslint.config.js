import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// Imports flow one way: shared code (lib, data, i18n, store, derived, components) → features → app.
// A feature does not reach into another, except where one composes another on purpose (listed).
const FEATURES = ['analysis', 'charts', 'data-table', 'details', 'embed', 'finder', 'headline', 'import', 'map', 'tour', 'tour-builder'];
const COMPOSES = {
  // The embed is a small app of its own: the map, its legend and the chart; and, for a portal's
  // `data=` saved map, the importer's opener (loaded only when the address has `data=`).
  embed: ['map', 'charts', 'import'],
  // The PNG export draws the live map with its registry's legend.
  analysis: ['map'],
  // The presenter shows the map full screen.
  tour: ['map'],
  // Imported points and PMTiles URLs become entries of the map's layer registry.
  import: ['map'],
  // The tour builder draws the map the chapters are taken from.
  'tour-builder': ['map'],
  // The finder searches the run-time layers of the map's registry (a reader's imported points).
  finder: ['map'],
};
const featureZones = FEATURES.map((f) => ({
  target: `./src/features/${f}`,
  from: './src/features',
  except: [`./${f}`, ...(COMPOSES[f] ?? []).map((g) => `./${g}`)],
  message: `A feature does not import another (add the pair to COMPOSES in .ci/eslint.config.js only if ${f} composes it).`,
}));
const sharedZones = ['lib', 'data', 'i18n', 'store', 'derived', 'components'].map((dir) => ({
  target: `./src/${dir}`,
  from: ['./src/features', './src/app'],
  message: 'Shared code does not import features or the app shell.',
}));
// Pure functions stay pure: no store, no React hooks, no derived selectors.
const libZone = { target: './src/lib', from: ['./src/store', './src/derived', './src/components'], message: 'src/lib holds pure functions: no store, derived state or components.' };

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'public/data', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Text from data must never become markup.
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text, never as HTML.' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...featureZones, ...sharedZones, libZone] }],
      // zod must be configured (jitless, for the CSP) before any schema is built: src/lib/zod.ts.
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', allowTypeImports: true, message: "Import z from src/lib/zod.ts, which configures zod before any schema exists." }] }],
    },
  },
  { files: ['src/lib/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
);
