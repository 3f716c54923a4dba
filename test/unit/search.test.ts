import { describe, expect, it } from 'vitest';
import { matchesQuery } from '../../src/lib/search';

describe('matchesQuery', () => {
  it('ignores case, spaces and apostrophes in Latin names', () => {
    expect(matchesQuery('jing an', ["Jing'an", '静安区'])).toBe(true);
    expect(matchesQuery('JINGAN', ["Jing'an"])).toBe(true);
  });
  it('matches Chinese by substring', () => {
    expect(matchesQuery('静安', ["Jing'an", '静安区'])).toBe(true);
    expect(matchesQuery('浦东', ["Jing'an", '静安区'])).toBe(false);
  });
  it('matches everything for an empty query', () => {
    expect(matchesQuery('  ', ['x'])).toBe(true);
  });
});
