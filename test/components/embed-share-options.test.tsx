// The embed options added for district portals in the share dialog: a title and a description
// written into the link as text, theme=auto, and the auto-height variant of the snippet.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { ShareButton } from '../../src/features/embed/share-dialog';
import { renderWithData } from './render';

async function openDialog() {
  const user = userEvent.setup();
  renderWithData(<ShareButton />, { selection: { kind: 'district', id: '310105' } });
  await user.click(screen.getByRole('button', { name: 'Share or embed' }));
  return { user, dialog: screen.getByRole('dialog', { name: 'Share and embed this view' }) };
}

function snippet(dialog: HTMLElement): Document {
  const code = within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
  return new DOMParser().parseFromString(code.value, 'text/html');
}

const params = (dialog: HTMLElement) => new URL(snippet(dialog).querySelector('iframe')!.getAttribute('src')!).searchParams;

test('a title and a description go into the link as text, and the title names the frame', async () => {
  const { user, dialog } = await openDialog();
  await user.type(within(dialog).getByRole('textbox', { name: 'Title above the map (optional)' }), 'Talent <b>services</b>');
  await user.type(within(dialog).getByRole('textbox', { name: 'Description under the title (optional)' }), 'Sites & figures');
  expect(params(dialog).get('title')).toBe('Talent <b>services</b>');
  expect(params(dialog).get('desc')).toBe('Sites & figures');
  expect(snippet(dialog).querySelector('iframe')!.getAttribute('title')).toBe('Talent <b>services</b>');
});

test('the title field stops at the longest title a link may carry', async () => {
  const { dialog } = await openDialog();
  expect(within(dialog).getByRole('textbox', { name: 'Title above the map (optional)' })).toHaveAttribute('maxlength', '120');
});

test('the theme can follow the page', async () => {
  const { user, dialog } = await openDialog();
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Theme' }), 'auto');
  expect(params(dialog).get('theme')).toBe('auto');
});

test('auto-height: the frame is marked for the script and the script comes from the map’s site', async () => {
  const { user, dialog } = await openDialog();
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Height' }), 'auto');
  const doc = snippet(dialog);
  expect(doc.querySelector('iframe')!.hasAttribute('data-talent-map-autoheight')).toBe(true);
  expect(doc.querySelector('script')!.getAttribute('src')).toBe(new URL('embed-resize.js', window.location.href).href);
  expect(within(dialog).queryByRole('combobox', { name: 'Shape' })).toBeNull();
});

test('auto-height: the preview is the snippet’s frame, marked the same way', async () => {
  const { user, dialog } = await openDialog();
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Height' }), 'auto');
  const frame = within(dialog).getByTestId('embed-preview').querySelector('iframe')!;
  const code = snippet(dialog).querySelector('iframe')!;
  expect(frame.hasAttribute('data-talent-map-autoheight')).toBe(true);
  expect(frame.getAttribute('src')).toBe(code.getAttribute('src'));
  expect(frame.style.height).toBe(code.style.height);
});
