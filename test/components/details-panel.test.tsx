import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailsPanel } from '../../src/features/details/details-panel';
import { useAppStore } from '../../src/store/app-store';
import { renderWithData } from './render';

describe('DetailsPanel', () => {
  it('headlines the selected district', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'district', id: '310105' } });
    const region = screen.getByRole('region', { name: 'Details' });
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('Changning');
  });

  it('shows the sourced figures of the selected district, dated as the source dates them', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'district', id: '310105' } });
    const region = screen.getByRole('region', { name: 'Details' });
    expect(region).toHaveTextContent('693,051 people');
    expect(region).toHaveTextContent('as of 2020');
    expect(region).toHaveTextContent('date not stated by the source');
    expect(region).toHaveTextContent('18,095 people/km²');
  });

  async function openCitation() {
    renderWithData(<DetailsPanel />, { selection: { kind: 'district', id: '310105' } });
    await userEvent.click(screen.getAllByRole('button', { name: /Shanghai Municipal Statistics Bureau/ })[0]!);
    return screen.getByRole('dialog', { name: 'Source' });
  }

  it('opens the full citation of a figure in one click', async () => {
    const dialog = await openCitation();
    expect(dialog).toHaveTextContent('Seventh census bulletin');
    expect(within(dialog).getByRole('link')).toHaveAttribute('href', 'https://www.shanghai.gov.cn/nw12344/20210518/');
  });

  it('closes the citation with Esc', async () => {
    await openCitation();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says plainly when a site has only an approximate location', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'site', id: 'hq-onestop-centre' } });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Hongqiao One-Stop Service Center');
    expect(screen.getByText(/Approximate location/)).toHaveTextContent('±1.5 km');
  });

  it('says an unmapped site is listed but not drawn', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'site', id: 'qi-zhi-institute' } });
    expect(screen.getByText(/No verified location/)).toBeInTheDocument();
  });

  it('labels an area outline as schematic with both areas', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'area', id: 'hongqiao-cbd' } });
    expect(screen.getByText(/Schematic outline/)).toHaveTextContent('official area 151.4 km²');
  });

  it('lists unmapped sites in the overview when nothing is selected', () => {
    renderWithData(<DetailsPanel />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Shanghai');
    expect(screen.getByRole('button', { name: 'Shanghai Qi Zhi Institute' })).toBeInTheDocument();
  });

  it('names a link target that is not in the data instead of showing nothing', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'site', id: 'no-such-site' } });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Not found');
  });

  it('names the district in Chinese', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'district', id: '310105' }, lang: 'zh' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('长宁区');
  });

  it('writes the figures in Chinese, large ones in 万', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'district', id: '310105' }, lang: 'zh' });
    expect(screen.getByRole('region', { name: '详情' })).toHaveTextContent('69.31万人');
  });

  it('keeps the exact figure in the tooltip of an abbreviated one', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'district', id: '310105' }, lang: 'zh' });
    expect(screen.getByText('69.31万人')).toHaveAttribute('title', '693,051人');
  });

  it('writes the exact figure in the citation of an abbreviated one', async () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'district', id: '310105' }, lang: 'zh' });
    await userEvent.click(screen.getAllByRole('button', { name: /Shanghai Municipal Statistics Bureau/ })[0]!);
    expect(screen.getByRole('dialog', { name: '来源' })).toHaveTextContent('数字693,051人');
  });

  it('marks a Chinese name written for this map as a translation', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'site', id: 'exact-site' }, lang: 'zh' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('精确大学 （译名）');
  });

  it('says in the details that a translated name is not an official one', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'site', id: 'exact-site' }, lang: 'zh' });
    expect(screen.getByText(/并非官方名称/)).toBeInTheDocument();
  });

  it('marks the translated Chinese name on the English page too, with the note', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'site', id: 'exact-site' } });
    expect(screen.getByText('精确大学')).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByText('(translated)')).toBeInTheDocument();
    expect(screen.getByText(/not an official name/)).toBeInTheDocument();
  });

  it('says nothing about translation for a name in use', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'site', id: 'hq-onestop-centre' }, lang: 'zh' });
    expect(screen.queryByText(/并非官方名称/)).toBeNull();
  });

  it('lists each district fact as its own figure with unit, date and source', () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'district', id: '310105' } });
    const list = screen.getByRole('list', { name: 'Other figures' });
    expect(within(list).getByRole('listitem')).toHaveTextContent(/Expatriates among residents10\.29%as of Jul 2018Source: CBN Daily, 2018/);
  });

  it('moves to a site from the district list of sites', async () => {
    renderWithData(<DetailsPanel />, { selection: { kind: 'district', id: '310105' } });
    await userEvent.click(screen.getByRole('button', { name: 'Hongqiao One-Stop Service Center' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'site', id: 'hq-onestop-centre' });
  });

  describe('while a data file loads or after it failed', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('does not count the sites of a district before the sites file has arrived', () => {
      vi.stubGlobal('fetch', () => new Promise<Response>(() => undefined));
      renderWithData(<DetailsPanel />, { selection: { kind: 'district', id: '310105' } }, ['sites']);
      const region = screen.getByRole('region', { name: 'Details' });
      expect(within(region).getByRole('heading', { level: 3, name: 'Sites in this map’s data' })).toBeInTheDocument();
      expect(region).toHaveTextContent('Loading…');
      expect(region).not.toHaveTextContent('(0)');
      expect(region).not.toHaveTextContent('None recorded');
    });

    it('says the sites could not be loaded when the file failed, not that there are none', async () => {
      vi.stubGlobal('fetch', () => Promise.resolve(new Response('Internal Server Error', { status: 500 })));
      renderWithData(<DetailsPanel />, { selection: { kind: 'area', id: 'hongqiao-cbd' } }, ['sites']);
      const region = screen.getByRole('region', { name: 'Details' });
      expect(await within(region).findByText(/Not loaded/)).toBeInTheDocument();
      expect(region).not.toHaveTextContent('None recorded');
    });

    it('shows no "no data" figure for a district before the facts file has arrived', () => {
      vi.stubGlobal('fetch', () => new Promise<Response>(() => undefined));
      renderWithData(<DetailsPanel />, { selection: { kind: 'district', id: '310105' } }, ['facts']);
      const region = screen.getByRole('region', { name: 'Details' });
      expect(region).toHaveTextContent('Loading…');
      expect(region).not.toHaveTextContent('no data');
    });
  });
});
