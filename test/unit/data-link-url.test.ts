// The share dialog's "Link to your saved map": which addresses go into the embed code as data=,
// and how the parameter is written.
import { describe, expect, test } from 'vitest';
import { checkDataLinkInput, withDataParam, DATA_LINK_MAX } from '../../src/lib/data-link-url';

describe('a saved map’s address for the embed code', () => {
  test('a full http(s) address is taken as the URL parser writes it', () => {
    expect(checkDataLinkInput('  https://portal.example.gov.cn/maps/talent.stmap ')).toEqual({
      kind: 'ok',
      url: 'https://portal.example.gov.cn/maps/talent.stmap',
      origin: 'https://portal.example.gov.cn',
    });
    expect(checkDataLinkInput('http://127.0.0.1:8080/a b.stmap'.replace(' ', '%20'))).toMatchObject({ kind: 'ok', origin: 'http://127.0.0.1:8080' });
    expect(checkDataLinkInput('HTTPS://Portal.Example/地图.stmap')).toMatchObject({ kind: 'ok', url: 'https://portal.example/%E5%9C%B0%E5%9B%BE.stmap' });
  });

  test('nothing typed is no data link', () => {
    expect(checkDataLinkInput('')).toEqual({ kind: 'empty' });
    expect(checkDataLinkInput('   ')).toEqual({ kind: 'empty' });
  });

  test('other schemes are refused as such', () => {
    for (const raw of ['ftp://portal.example/a.stmap', 'file:///C:/maps/a.stmap', 'javascript:alert(1)', 'data:application/json,{}']) {
      expect(checkDataLinkInput(raw)).toEqual({ kind: 'scheme' });
    }
  });

  test('an address with a user name or password is refused', () => {
    expect(checkDataLinkInput('https://planner:secret@portal.example/a.stmap')).toEqual({ kind: 'credentials' });
    expect(checkDataLinkInput('https://planner@portal.example/a.stmap')).toEqual({ kind: 'credentials' });
  });

  test('relative, garbled, spaced or overlong input is not an address', () => {
    for (const raw of ['talent.stmap', '/maps/talent.stmap', 'portal.example/a.stmap', 'https://', 'http://exa mple.com/a', `https://portal.example/${'a'.repeat(DATA_LINK_MAX)}`]) {
      expect(checkDataLinkInput(raw)).toEqual({ kind: 'invalid' });
    }
  });

  test('data= is added encoded, after the view or alone', () => {
    const url = 'https://portal.example/maps/t.stmap?v=2&x=1';
    expect(withDataParam('?mode=embed&lang=zh', url)).toBe('?mode=embed&lang=zh&data=https%3A%2F%2Fportal.example%2Fmaps%2Ft.stmap%3Fv%3D2%26x%3D1');
    expect(withDataParam('', url)).toBe(`?data=${encodeURIComponent(url)}`);
    expect(new URLSearchParams(withDataParam('?a=1', url)).get('data')).toBe(url);
    expect(withDataParam('?a=1', null)).toBe('?a=1');
  });
});
