// What a click selects and what the tooltip says.
import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/data/schemas';
import { formatRadius, pickFeature, sameSelection, tooltipRows } from '../../src/features/map/hit';
import * as fixture from '../fixtures/app-data';

const district = { source: 'districts', properties: { code: '310105', fid: 310105 } };
const area = { source: 'areas', properties: { id: 'hongqiao-cbd', fid: 1 } };
const site = { source: 'sites', properties: { id: 'hq-onestop-centre', fid: 1 } };

function data() {
  return { districts: structuredClone(fixture.districts), areas: structuredClone(fixture.areas), sites: structuredClone(fixture.sites) };
}

describe('hit testing', () => {
  it('selects a site over an area over a district, whatever order they come in', () => {
    expect(pickFeature([district, area, site])).toEqual({ kind: 'site', id: 'hq-onestop-centre' });
    expect(pickFeature([district, area])).toEqual({ kind: 'area', id: 'hongqiao-cbd' });
    expect(pickFeature([district])).toEqual({ kind: 'district', id: '310105' });
  });

  it('selects nothing on empty map or on features it does not know', () => {
    expect(pickFeature([])).toBeNull();
    expect(pickFeature(undefined)).toBeNull();
    expect(pickFeature([{ source: 'site-halos', properties: { id: 'x' } }])).toBeNull();
  });

  it('compares selections by value', () => {
    expect(sameSelection({ kind: 'site', id: 'a' }, { kind: 'site', id: 'a' })).toBe(true);
    expect(sameSelection({ kind: 'site', id: 'a' }, { kind: 'area', id: 'a' })).toBe(false);
    expect(sameSelection(null, null)).toBe(true);
    expect(sameSelection(null, { kind: 'site', id: 'a' })).toBe(false);
  });
});

describe('tooltip', () => {
  it('names a district and its kind in the current language', () => {
    expect(tooltipRows({ kind: 'district', id: '310105' }, data(), 'en')).toEqual([{ name: 'Changning', kind: 'Featured district' }]);
    expect(tooltipRows({ kind: 'district', id: '310101' }, data(), 'zh')).toEqual([{ name: '黄浦区', kind: '区' }]);
  });

  it('says when a site location is approximate, and by how much', () => {
    expect(tooltipRows({ kind: 'site', id: 'hq-onestop-centre' }, data(), 'en')).toEqual([
      { name: 'Hongqiao One-Stop Service Center', kind: 'One-stop service centre · approximate location ±1.5 km' },
    ]);
    const [zh] = tooltipRows({ kind: 'site', id: 'hq-onestop-centre' }, data(), 'zh');
    expect(zh?.kind).toContain('大致位置');
  });

  it('says nothing about the location of an exact site', () => {
    expect(tooltipRows({ kind: 'site', id: 'exact-site' }, data(), 'en')).toEqual([{ name: 'Exact University', kind: 'University' }]);
  });

  it('lists every site sharing the location', () => {
    const d = data();
    const twin: Site = { ...structuredClone(d.sites[0]!), fid: 9, id: 'twin', name_en: 'Twin Office', category: 'hr-park' };
    d.sites.push(twin);
    const rows = tooltipRows({ kind: 'site', id: 'twin' }, d, 'en');
    expect(rows.map((r) => r.name)).toEqual(['Twin Office', 'Hongqiao One-Stop Service Center']);
  });

  it('formats a radius in metres or kilometres', () => {
    expect(formatRadius(1500, 'en')).toBe('1.5 km');
    expect(formatRadius(700, 'en')).toBe('700 m');
    expect(formatRadius(2000, 'en')).toBe('2 km');
    expect(formatRadius(1500, 'zh')).toMatch(/1\.5\s?公里/);
  });
});
