import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourceRef } from '../../src/components/source-ref';
import { sourcesQuery } from '../../src/data/queries';
import type { Source } from '../../src/data/schemas';
import * as fixture from '../fixtures/app-data';
import { renderWithData } from './render';

/** The fixture's bibliography with the fields the data build adds from geo/publishers.csv. */
function withChineseNames(): Map<string, Source> {
  const sources = new Map(fixture.sources);
  const census = sources.get('census-2020')!;
  sources.set('census-2020', { ...census, publisher_zh: '上海市统计局', title_lang: 'en' });
  const seed = sources.get('seed-002')!;
  sources.set('seed-002', { ...seed, publisher_zh: null, title_lang: 'en' });
  return sources;
}

function renderRef(id: string, lang: 'en' | 'zh', figure?: string) {
  const { client } = renderWithData(<SourceRef id={id} figure={figure} />, { lang });
  client.setQueryData(sourcesQuery.queryKey, withChineseNames());
}

describe('SourceRef', () => {
  it('names the publisher in Chinese where it has an established Chinese name', async () => {
    renderRef('census-2020', 'zh');
    expect(await screen.findByRole('button', { name: '来源：上海市统计局，2021年' })).toBeInTheDocument();
  });

  it('keeps the publisher’s English name, in English, where it has no Chinese one', async () => {
    renderRef('seed-002', 'zh');
    const button = await screen.findByRole('button', { name: /CBN Daily/ });
    expect(within(button).getByText('CBN Daily')).toHaveAttribute('lang', 'en');
  });

  it('names the publisher in English on the English page', async () => {
    renderRef('census-2020', 'en');
    expect(await screen.findByRole('button', { name: 'Source: Shanghai Municipal Statistics Bureau, 2021' })).toBeInTheDocument();
  });

  it('shows the Chinese publisher in the citation', async () => {
    renderRef('census-2020', 'zh');
    await userEvent.click(await screen.findByRole('button', { name: /上海市统计局/ }));
    expect(screen.getByRole('dialog', { name: '来源' })).toHaveTextContent('发布者上海市统计局');
  });

  it('keeps an English title as it is, with its language set', async () => {
    renderRef('census-2020', 'zh');
    await userEvent.click(await screen.findByRole('button', { name: /上海市统计局/ }));
    expect(screen.getByText('Seventh census bulletin')).toHaveAttribute('lang', 'en');
  });

  it('marks an English title as English on the Chinese page', async () => {
    renderRef('census-2020', 'zh');
    await userEvent.click(await screen.findByRole('button', { name: /上海市统计局/ }));
    expect(screen.getByRole('dialog', { name: '来源' })).toHaveTextContent('Seventh census bulletin （英文）');
  });

  it('does not mark an English title on the English page', async () => {
    renderRef('census-2020', 'en');
    await userEvent.click(await screen.findByRole('button', { name: /Shanghai Municipal/ }));
    expect(screen.getByRole('dialog', { name: 'Source' })).not.toHaveTextContent('(in English)');
  });

  it('says in Chinese that a source names no publisher', async () => {
    renderRef('seed-001', 'zh');
    await userEvent.click(await screen.findByRole('button', { name: /What does Shanghai/ }));
    expect(screen.getByRole('dialog', { name: '来源' })).toHaveTextContent('发布者来源未注明');
  });

  it('names a source without a publisher by its title, in Chinese title marks', async () => {
    renderRef('seed-001', 'zh');
    expect(await screen.findByRole('button', { name: /^来源：《What does Shanghai.*》，2024年$/ })).toBeInTheDocument();
  });

  it('writes out the figure it backs', async () => {
    renderRef('census-2020', 'zh', '6,750,000人');
    await userEvent.click(await screen.findByRole('button', { name: /上海市统计局/ }));
    expect(screen.getByRole('dialog', { name: '来源' })).toHaveTextContent('数字6,750,000人');
  });
});
