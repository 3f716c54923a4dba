// The district list: selecting from it, and Chinese names.
import { expect } from 'vitest';
import { CHANGNING, changningSelectionCases, detailsHeading, districtButton, districtList, languageSelect } from './app';
import { test, waitForMapIdle, type Session } from './helpers';

/** Opens the app with the map drawn and clicks Changning in the district list of all 16. */
async function clickChangningInList(s: Session): Promise<void> {
  await s.goto();
  await waitForMapIdle(s.page);
  expect(await districtList(s.page).getByRole('button').count()).toBe(16);
  await districtButton(s.page, CHANGNING.en).click();
}

changningSelectionCases(test, 'in the list', clickChangningInList);

test('Chinese mode names districts in Chinese, in the list and in the details', async ({ open }) => {
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);

  await languageSelect(s.page).selectOption('zh');
  // The control's own label is now Chinese.
  expect(await languageSelect(s.page, 'zh').inputValue()).toBe('zh');

  // The list's own name is translated too, so its buttons are found by their Chinese names.
  const button = s.page.getByRole('button', { name: CHANGNING.zh, exact: true });
  await button.waitFor();
  expect(await s.page.getByRole('button', { name: CHANGNING.en, exact: true }).count()).toBe(0);

  await button.click();
  await detailsHeading(s.page, CHANGNING.zh, 'zh').waitFor();
  expect(s.pageErrors).toEqual([]);
});
