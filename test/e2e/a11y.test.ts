// Automated accessibility checks with axe-core in the real browser, in both languages and with a
// selection open. They catch what a person would hit first: unlabelled controls, missing names,
// low contrast, broken landmarks. Manual keyboard checks live in the other tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import { detailsHeading, districtButton, CHANGNING } from './app';
import { test, waitForMapIdle } from './helpers';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: import('playwright-core').Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy (rightly) refuses
  // the inline <script> that addScriptTag would insert.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

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
