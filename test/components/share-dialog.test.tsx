// The share-and-embed dialog: labelled controls, a snippet that follows the options, a preview
// built attribute for attribute like the snippet, and copying that works without a clipboard.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ShareButton } from '../../src/features/embed/share-dialog';
import { renderWithData } from './render';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openDialog(clipboard?: { writeText?: (s: string) => Promise<void> }) {
  const user = userEvent.setup();
  // user-event installs its own clipboard in setup(); the test's stand-in goes in after it.
  if (clipboard) {
    const stand = Object.create(navigator) as Navigator;
    Object.defineProperty(stand, 'clipboard', { value: clipboard.writeText ? clipboard : undefined });
    vi.stubGlobal('navigator', stand);
  }
  renderWithData(<ShareButton />, { selection: { kind: 'district', id: '310105' } });
  await user.click(screen.getByRole('button', { name: 'Share or embed' }));
  return { user, dialog: screen.getByRole('dialog', { name: 'Share and embed this view' }) };
}

function snippetDoc(dialog: HTMLElement): Document {
  const code = within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
  return new DOMParser().parseFromString(code.value, 'text/html');
}

function snippetParams(dialog: HTMLElement): URLSearchParams {
  return new URL(snippetDoc(dialog).querySelector('iframe')!.getAttribute('src')!).searchParams;
}

describe('share dialog', () => {
  test('every control is labelled, the focus on the selection checked', async () => {
    const { dialog } = await openDialog();
    expect(within(dialog).getByRole('combobox', { name: 'Theme' })).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
    expect(within(dialog).getByRole('checkbox', { name: 'Visitors can pan and zoom the map' })).toBeInTheDocument();
    expect(within(dialog).getByRole('checkbox', { name: 'Focus on Changning' })).toBeChecked();
  });

  test('the snippet focuses on the selection', async () => {
    const { dialog } = await openDialog();
    expect(snippetDoc(dialog).querySelector('iframe')!.getAttribute('src')).toContain('sel=district:310105');
  });

  test('the snippet opens the map in embed mode', async () => {
    const { dialog } = await openDialog();
    expect(snippetParams(dialog).get('mode')).toBe('embed');
  });

  test('the snippet follows the theme', async () => {
    const { user, dialog } = await openDialog();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(snippetParams(dialog).get('theme')).toBe('dark');
  });

  test('the snippet follows the language', async () => {
    const { user, dialog } = await openDialog();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Language' }), 'zh');
    expect(snippetParams(dialog).get('lang')).toBe('zh');
  });

  test('the frame’s title is in the chosen language, naming no district once the focus is off', async () => {
    const { user, dialog } = await openDialog();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Language' }), 'zh');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Focus on Changning' }));
    expect(snippetDoc(dialog).querySelector('iframe')!.getAttribute('title')).toBe('上海人才地图');
  });

  test('the snippet follows the pan-and-zoom option', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Visitors can pan and zoom the map' }));
    expect(snippetParams(dialog).get('interactive')).toBe('0');
  });

  test('the snippet drops the selection when the focus is unchecked', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Focus on Changning' }));
    expect(snippetParams(dialog).has('sel')).toBe(false);
  });

  test('the preview is the snippet: same wrapper, same frame attributes', async () => {
    const { user, dialog } = await openDialog();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Shape' }), 'wide');
    const doc = snippetDoc(dialog);
    const wrapper = doc.body.firstElementChild as HTMLElement;
    const frame = doc.querySelector('iframe')!;
    const preview = within(dialog).getByTestId('embed-preview');
    const previewFrame = preview.querySelector('iframe')!;
    for (const attr of ['src', 'title', 'loading', 'allowfullscreen', 'referrerpolicy']) {
      expect(previewFrame.getAttribute(attr), attr).toBe(frame.getAttribute(attr));
    }
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.hasAttribute('allowfullscreen')).toBe(true);
    expect(frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    for (const [a, b] of [
      [previewFrame.style, frame.style],
      [preview.style, wrapper.style],
    ] as const) {
      expect(a.length).toBe(b.length);
      for (let i = 0; i < b.length; i++) expect(a.getPropertyValue(b[i]!), b[i]).toBe(b.getPropertyValue(b[i]!));
    }
    expect(wrapper.style.getPropertyValue('aspect-ratio')).toBe('16 / 9');
  });

  async function copyCodeWithoutClipboard() {
    const { user, dialog } = await openDialog({});
    await user.click(within(dialog).getByRole('button', { name: 'Copy embed code' }));
    return dialog;
  }

  test('without a clipboard the code is selected', async () => {
    const dialog = await copyCodeWithoutClipboard();
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(code);
    expect(code.selectionStart).toBe(0);
    expect(code.selectionEnd).toBe(code.value.length);
  });

  test('without a clipboard the reader is told how to copy the code', async () => {
    const dialog = await copyCodeWithoutClipboard();
    expect(within(dialog).getAllByRole('status').some((s) => s.textContent?.includes('press Ctrl+C'))).toBe(true);
  });

  async function copyLink() {
    const writeText = vi.fn().mockResolvedValue(undefined);
    const { user, dialog } = await openDialog({ writeText });
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    return { writeText, dialog };
  }

  test('with a clipboard the link to the full app is copied', async () => {
    const { writeText, dialog } = await copyLink();
    const link = (within(dialog).getByRole('textbox', { name: 'Link to this view' }) as HTMLTextAreaElement).value;
    expect(writeText).toHaveBeenCalledWith(link);
    expect(link).toContain('sel=district:310105');
    expect(link).not.toContain('mode=');
  });

  test('with a clipboard the copy is confirmed in a status message', async () => {
    const { dialog } = await copyLink();
    expect(await within(dialog).findByText('Copied to the clipboard.')).toHaveAttribute('role', 'status');
  });
});
