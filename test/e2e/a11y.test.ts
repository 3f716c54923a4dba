// Automated accessibility checks with axe-core in the real browser, in both languages and with a
// selection open. They catch what a person would hit first: unlabelled controls, missing names,
// low contrast, broken landmarks. Manual keyboard checks live in the other tests.
import { expect } from 'vitest';
import { detailsHeading, districtButton, CHANGNING } from './app';
import { seriousViolations } from './axe';
import { test, waitForMapIdle } from './helpers';

test('the dashboard has no serious or critical axe violations, in English with a district open', async ({ open }) => {
  const s = await open();
  await s.goto();
  await waitForMapIdle(s.page);
  await districtButton(s.page, CHANGNING.en).click();
  await detailsHeading(s.page, CHANGNING.en).waitFor();
  expect(await seriousViolations(s.page)).toEqual([]);
});

test('the dashboard has no serious or critical axe violations in Chinese', async ({ open }) => {
  const s = await open();
  await s.goto('?lang=zh&sel=site:hq-hr-park');
  await waitForMapIdle(s.page);
  expect(await seriousViolations(s.page)).toEqual([]);
});
