// Renders a component with a fresh store and a QueryClient already holding the fixture data, so a
// test sees the loaded state without a network.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { areasQuery, districtsQuery, factsQuery, sitesQuery, sourcesQuery } from '../../src/data/queries';
import { applyUrlState, useAppStore } from '../../src/store/app-store';
import { DEFAULT_STATE } from '../../src/lib/url-state';
import { type UrlState } from '../../src/lib/vocabulary';
import * as fixture from '../fixtures/app-data';
import { mapConfigQuery } from '../../src/data/map-config-query';
import { EMPTY_MAP_CONFIG } from '../../src/lib/map-config';

/** Data files a test leaves out of the cache: the component then fetches them (stub `fetch` to decide how that goes). */
export type Unloaded = 'sites' | 'facts';

export function renderWithData(ui: ReactElement, state: Partial<UrlState> = {}, unloaded: readonly Unloaded[] = []) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(districtsQuery.queryKey, fixture.districts);
  client.setQueryData(areasQuery.queryKey, fixture.areas);
  if (!unloaded.includes('sites')) client.setQueryData(sitesQuery.queryKey, fixture.sites);
  if (!unloaded.includes('facts')) client.setQueryData(factsQuery.queryKey, fixture.facts);
  client.setQueryData(sourcesQuery.queryKey, fixture.sources);
  // The deployment's basemap file as the repository ships it: nothing beyond OpenStreetMap configured.
  client.setQueryData(mapConfigQuery.queryKey, EMPTY_MAP_CONFIG);
  applyUrlState({ ...DEFAULT_STATE, ...state });
  useAppStore.setState({ hover: null });
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) };
}
