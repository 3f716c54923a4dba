// The share dialog's "Link to your saved map (URL)": offered only to a reader with imported data;
// a valid address goes into the embed code and the link as data=, and a bad one is named and kept
// out of both.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { ShareButton } from '../../src/features/embed/share-dialog';
import { useImportStore } from '../../src/features/import/store';
import type { PointDataset } from '../../src/lib/import/dataset';
import { renderWithData } from './render';

const points: PointDataset = {
  kind: 'points',
  id: 'offices',
  name: 'Portal offices',
  created: '2026-12-02T00:00:00.000Z',
  crs: 'WGS84',
  columns: ['name'],
  coords: [121.47, 31.23],
  rows: ['Square'],
  nameColumn: 0,
  filter: null,
  colour: 0,
  reachKm: 3,
};

beforeAll(() => {
  // The deployment's data origins (embed-config.json): one portal.
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ version: 1, allowedOrigins: [], dataOrigins: ['https://portal.example.gov.cn'] })));
});

afterEach(() => {
  useImportStore.setState({ datasets: [] });
});

async function openDialog() {
  const user = userEvent.setup();
  renderWithData(<ShareButton />);
  await user.click(screen.getByRole('button', { name: 'Share or embed' }));
  return { user, dialog: screen.getByRole('dialog', { name: 'Share and embed this view' }) };
}

const snippetSrc = (dialog: HTMLElement) => {
  const code = (within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;
  return new URL(new DOMParser().parseFromString(code, 'text/html').querySelector('iframe')!.getAttribute('src')!);
};
const link = (dialog: HTMLElement) => new URL((within(dialog).getByRole('textbox', { name: 'Link to this view' }) as HTMLTextAreaElement).value);

describe('share dialog, a saved map’s address', () => {
  test('is not offered without imported data', async () => {
    const { dialog } = await openDialog();
    expect(within(dialog).queryByRole('textbox', { name: 'Link to your saved map (URL)' })).toBeNull();
  });

  test('a valid address goes into the embed code and the link, encoded as data=', async () => {
    useImportStore.setState({ datasets: [points] });
    const { user, dialog } = await openDialog();
    const field = within(dialog).getByRole('textbox', { name: 'Link to your saved map (URL)' });
    expect(field).toHaveAccessibleDescription(/save the map with “Save map”/);
    const url = 'https://portal.example.gov.cn/maps/talent.stmap?v=2';
    await user.type(field, url);
    expect(snippetSrc(dialog).searchParams.get('data')).toBe(url);
    expect(snippetSrc(dialog).searchParams.get('mode')).toBe('embed');
    expect((within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value).toContain(`&amp;data=${encodeURIComponent(url)}"`);
    expect(link(dialog).searchParams.get('data')).toBe(url);
    expect(within(dialog).getByTestId('share-data-check')).toHaveTextContent('The embed code and the link open this saved map.');
    // The preview frames the same address.
    expect(new URL(within(dialog).getByTestId('embed-preview').querySelector('iframe')!.src).searchParams.get('data')).toBe(url);
  });

  test('a bad address is named and kept out of the code and the link', async () => {
    useImportStore.setState({ datasets: [points] });
    const { user, dialog } = await openDialog();
    const field = within(dialog).getByRole('textbox', { name: 'Link to your saved map (URL)' });
    const cases = [
      ['talent.stmap', 'This is not a full web address.'],
      ['ftp://portal.example.gov.cn/a.stmap', 'Only addresses starting with https:// or http:// can be used.'],
      ['https://me:secret@portal.example.gov.cn/a.stmap', 'The address contains a user name or password.'],
    ] as const;
    for (const [raw, words] of cases) {
      await user.clear(field);
      await user.type(field, raw);
      expect(within(dialog).getByTestId('share-data-check')).toHaveTextContent(words);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(snippetSrc(dialog).searchParams.has('data')).toBe(false);
      expect(link(dialog).searchParams.has('data')).toBe(false);
    }
  });

  test('a site missing from the data origins is named, since the embed would refuse it', async () => {
    useImportStore.setState({ datasets: [points] });
    const { user, dialog } = await openDialog();
    await user.type(within(dialog).getByRole('textbox', { name: 'Link to your saved map (URL)' }), 'https://elsewhere.example/a.stmap');
    expect(await within(dialog).findByText(/https:\/\/elsewhere\.example is not on this map site’s list of data origins/)).toBeInTheDocument();
  });
});
