// Which flavour each mode draws in: one rule for the presenter, the embed and the dashboard.
import { describe, expect, it } from 'vitest';
import { resolveFlavour } from '../../src/lib/flavour';

const base = { mode: 'explore', choice: 'auto', embedTheme: null, systemDark: false } as const;

describe('resolveFlavour', () => {
  it('follows the system on the dashboard unless the reader picked one', () => {
    expect(resolveFlavour(base)).toBe('light');
    expect(resolveFlavour({ ...base, systemDark: true })).toBe('dark');
    expect(resolveFlavour({ ...base, systemDark: true, choice: 'light' })).toBe('light');
    expect(resolveFlavour({ ...base, choice: 'dark' })).toBe('dark');
  });

  it('makes the presenter dark by default, whatever the system prefers', () => {
    expect(resolveFlavour({ ...base, mode: 'present' })).toBe('dark');
    expect(resolveFlavour({ ...base, mode: 'present', choice: 'light' })).toBe('light');
  });

  it('draws an embed in its theme, and an auto theme as the system prefers', () => {
    expect(resolveFlavour({ ...base, mode: 'embed', embedTheme: 'dark' })).toBe('dark');
    expect(resolveFlavour({ ...base, mode: 'embed', embedTheme: 'light', systemDark: true })).toBe('light');
    expect(resolveFlavour({ ...base, mode: 'embed', embedTheme: 'auto', systemDark: true })).toBe('dark');
    // The dashboard's choice does not reach into an embed: its theme is the portal's.
    expect(resolveFlavour({ ...base, mode: 'embed', embedTheme: 'light', choice: 'dark' })).toBe('light');
  });
});
