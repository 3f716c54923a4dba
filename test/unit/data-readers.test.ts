// The pure pieces the data build's readers are made of (geo/scripts/lib/): the CSV reader and its
// line numbers, the cell schemas, where a GeoJSON feature is, the geometry checks, and how problems
// are collected. Each case feeds one piece a small hand-made input.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bothLanguages, coordinate, isPartialDate, oneOf, recordSchema } from '../../geo/scripts/lib/cells';
import { csvRecordLines, readCsv } from '../../geo/scripts/lib/csv';
import { featuresOf, jsonLineOf, locateFeatures } from '../../geo/scripts/lib/geojson';
import { distanceToBoundaryMetres, geometryProblem, vertices } from '../../geo/scripts/lib/geometry';
import { INPUT_FILES } from '../../geo/scripts/lib/inputs';
import { Report, distinct, fieldOf, formatProblem, messagesOf, type Keyed, type Problem } from '../../geo/scripts/lib/report';
import { readSources } from '../../geo/scripts/lib/sources';
import { cityBoxOf } from '../../geo/scripts/lib/tour';

/** A problem reporter that keeps what it is told, formatted, for one file called t.csv. */
function collector(): { problem: (line: number | null, record: string | null, message: string) => void; found: string[] } {
  const found: string[] = [];
  return { problem: (line, record, message) => found.push(formatProblem({ file: 't.csv', line, record, message })), found };
}

const ring: [number, number][] = [[121, 31], [121.1, 31], [121.1, 31.1], [121, 31.1], [121, 31]];
const square = { type: 'Polygon' as const, coordinates: [ring] };

describe('dates', () => {
  it('knows real partial dates from malformed ones', () => {
    for (const d of ['2024', '2024-02', '2024-02-29', '2021-12-31']) expect(isPartialDate(d), d).toBe(true);
    for (const d of ['24', '2024-13', '2023-02-29', '2024/05', '2024-5', '2021-04-31', 'May 2024', '']) {
      expect(isPartialDate(d), d).toBe(false);
    }
  });
});

describe('the CSV reader', () => {
  it('numbers CSV records by their first line, even with a newline inside quotes', () => {
    expect(csvRecordLines('a,b\n1,"x\ny"\n2,z\n')).toEqual([1, 2, 4, 5]);
  });

  it('counts a quoted quote ("") as part of the field, not as the end of the quotes', () => {
    expect(csvRecordLines('a,b\n1,"say ""hi""\nthen go"\n2,z\n')).toEqual([1, 2, 4, 5]);
  });

  it('numbers records by their line with Windows line ends too', () => {
    expect(csvRecordLines('a,b\r\n1,"x\r\ny"\r\n2,z\r\n')).toEqual([1, 2, 4, 5]);
  });

  it('reports a row with too many fields at its own line, after a note that runs over two lines', () => {
    const { problem, found } = collector();
    readCsv('id,note\nfirst,"line one\nline two"\nsecond,ok,extra\n', ['id', 'note'], problem);
    expect(found).toEqual(['t.csv:4 [second]: has 3 fields, the header has 2']);
  });

  it('keeps the line each row starts on, with its cells trimmed', () => {
    const { problem } = collector();
    expect(readCsv('id,note\n a ,"one\ntwo"\nb, x \n', ['id', 'note'], problem)).toEqual([
      { line: 2, cells: { id: 'a', note: 'one\ntwo' } },
      { line: 4, cells: { id: 'b', note: 'x' } },
    ]);
  });

  it('skips blank lines', () => {
    const { problem } = collector();
    expect(readCsv('id\n\na\n  \nb\n', ['id'], problem)?.map((r) => r.line)).toEqual([3, 5]);
  });

  it('reads a header that starts with a byte-order mark', () => {
    const { problem, found } = collector();
    expect(readCsv('\uFEFFid\na\n', ['id'], problem)).toEqual([{ line: 2, cells: { id: 'a' } }]);
    expect(found).toEqual([]);
  });

  it('refuses an empty file', () => {
    const { problem, found } = collector();
    expect(readCsv('', ['id'], problem)).toBeNull();
    expect(found).toEqual(['t.csv:1: the file is empty: expected a header row']);
  });

  it('reads no row when a column is missing', () => {
    const { problem, found } = collector();
    expect(readCsv('id\na\n', ['id', 'name'], problem)).toBeNull();
    expect(found).toEqual(['t.csv:1: missing column(s): name']);
  });

  it('names an unclosed quote at the line where it opens', () => {
    const { problem, found } = collector();
    readCsv('id,note\na,ok\nb,"never closed\nc,d\n', ['id', 'note'], problem);
    expect(found[0]).toBe('t.csv:3: CSV: Quoted field unterminated');
  });
});

describe('record schemas', () => {
  const schema = recordSchema({ kind: oneOf('kind', ['a', 'b']), lon: coordinate('lon', z.number().min(120.5).max(122.5)), en: z.string(), zh: z.string() }, bothLanguages('en', 'zh'));

  it('words an unknown choice with the value and the list', () => {
    expect(messagesOf(schema.safeParse({ kind: 'c', lon: '', en: '', zh: '' }))).toEqual(['unknown kind "c" (expected one of a, b)']);
  });

  it('names a non-numeric coordinate once, without a range message', () => {
    expect(messagesOf(schema.safeParse({ kind: 'a', lon: '121.05E', en: '', zh: '' }))).toEqual(['non-numeric lon "121.05E"']);
  });

  it('names a coordinate outside the range of the schema it is given', () => {
    expect(messagesOf(schema.safeParse({ kind: 'a', lon: '31.2', en: '', zh: '' }))).toEqual(['lon 31.2 is outside Shanghai (120.5 to 122.5)']);
  });

  it('runs the rules across fields even when a field failed', () => {
    expect(messagesOf(schema.safeParse({ kind: 'c', lon: '', en: 'Hello', zh: '' }))).toEqual([
      'unknown kind "c" (expected one of a, b)',
      'en is filled but zh is empty: add the Chinese text',
    ]);
  });
});

describe('finding features in a GeoJSON text', () => {
  const text = '{"type":"FeatureCollection","features":[\n{"properties":{"id":"a"}},\n{"properties":{"id":"b"}},\n{"properties":{"id":"a"}},\n{"properties":{}}\n]}';

  it('finds the line of a key, skipping earlier matches', () => {
    expect([jsonLineOf(text, 'id', 'a'), jsonLineOf(text, 'id', 'a', 1), jsonLineOf(text, 'id', 'a', 2)]).toEqual([2, 4, null]);
  });

  it('puts a repeated key at its own line', () => {
    const { problem } = collector();
    expect(locateFeatures(text, featuresOf(text, problem)!, 'id').map((f) => f.line)).toEqual([2, 3, 4, null]);
  });

  it('names a feature without a key by its place in the file', () => {
    const { problem } = collector();
    expect(locateFeatures(text, featuresOf(text, problem)!, 'id').at(-1)?.record).toBe('feature 4');
  });

  it('reports a text that is not JSON', () => {
    const { problem, found } = collector();
    expect(featuresOf('{', problem)).toBeNull();
    expect(found[0]).toMatch(/^t\.csv: not valid JSON \(/);
  });

  it('reports JSON that is not a FeatureCollection', () => {
    const { problem, found } = collector();
    expect(featuresOf('{"type":"Feature"}', problem)).toBeNull();
    expect(found).toEqual(['t.csv: expected a GeoJSON FeatureCollection']);
  });
});

describe('geometry', () => {
  it('measures the distance from a point to a polygon edge in metres', () => {
    // 0.001° of longitude at 31.05° N is about 95 m.
    const d = distanceToBoundaryMetres([121.101, 31.05], square);
    expect(d).toBeGreaterThan(90);
    expect(d).toBeLessThan(100);
  });

  it('measures to the nearest ring, a hole included', () => {
    const hole: [number, number][] = [[121.04, 31.04], [121.04, 31.06], [121.06, 31.06], [121.06, 31.04], [121.04, 31.04]];
    // 0.001° of latitude is about 111 m; the outer ring is 0.039° away.
    const d = distanceToBoundaryMetres([121.05, 31.061], { type: 'Polygon', coordinates: [ring, hole] });
    expect(d).toBeGreaterThan(105);
    expect(d).toBeLessThan(117);
  });

  it('lists each corner once, without the closing repeat', () => {
    expect(vertices(square)).toEqual(ring.slice(0, 4));
  });

  it('accepts a closed polygon', () => {
    expect(geometryProblem(square)).toBeNull();
  });

  it('refuses a missing geometry', () => {
    expect(geometryProblem(undefined)).toBe('has no geometry');
  });

  it('names the field of a geometry the app would refuse', () => {
    expect(geometryProblem({ type: 'Polygon', coordinates: [ring.slice(0, 3)] })).toMatch(/^geometry\.coordinates\[0\]: /);
  });

  it('refuses a ring that does not close', () => {
    expect(geometryProblem({ type: 'Polygon', coordinates: [[...ring.slice(0, 4), [121.05, 30.99]]] })).toBe('a ring is not closed (first and last positions differ)');
  });

  it('boxes the city around every district outline', () => {
    const feature = (coordinates: [number, number][][]) => ({ type: 'Feature' as const, properties: {} as never, geometry: { type: 'Polygon' as const, coordinates } });
    const districts = { type: 'FeatureCollection' as const, features: [feature([ring]), feature([ring.map(([x, y]) => [x + 1, y + 0.5] as [number, number])])] };
    expect(cityBoxOf({ 'districts.geojson': districts })).toEqual({ minLng: 121, minLat: 31, maxLng: 122.1, maxLat: 31.6 });
  });
});

describe('collecting problems', () => {
  const rules = { invalid: (key: string) => (key ? null : 'id is empty'), repeated: (first: Keyed) => `duplicate (first on line ${first.line})` };
  const items: Keyed[] = [
    { key: 'a', line: 2, record: 'a' },
    { key: '', line: 3, record: null },
    { key: 'a', line: 4, record: 'a' },
    { key: 'b', line: 5, record: 'b' },
  ];

  it('keeps the first record of each key', () => {
    const { problem } = collector();
    expect([...distinct(items, rules, problem)].map((i) => i.line)).toEqual([2, 5]);
  });

  it('reports a record without a key', () => {
    const { problem, found } = collector();
    Array.from(distinct(items, rules, problem));
    expect(found).toContain('t.csv:3: id is empty');
  });

  it('reports a repeated key once, naming the line of the first', () => {
    const { problem, found } = collector();
    Array.from(distinct(items, rules, problem));
    expect(found.filter((f) => f.includes('duplicate'))).toEqual(['t.csv:4 [a]: duplicate (first on line 2)']);
  });

  it('reports as it goes, so its problems interleave with the caller’s by line', () => {
    const { problem, found } = collector();
    for (const item of distinct(items, rules, problem)) problem(item.line, item.record, 'checked');
    expect(found).toEqual(['t.csv:2 [a]: checked', 't.csv:3: id is empty', 't.csv:4 [a]: duplicate (first on line 2)', 't.csv:5 [b]: checked']);
  });

  it('writes a zod path the way a person looks for the field', () => {
    expect(fieldOf(['camera', 'center', 1])).toBe('camera.center[1]');
  });

  it('formats a problem without a line or a record', () => {
    const p: Problem = { file: 'geo/x.csv', line: null, record: null, message: 'gone' };
    expect(formatProblem(p)).toBe('geo/x.csv: gone');
  });

  it('names an input by the file name the build was given', () => {
    const report = new Report({ ...INPUT_FILES, sources: 'elsewhere/sources.csv' });
    report.in('sources')(3, 'x', 'wrong');
    expect(report.problems.map(formatProblem)).toEqual(['elsewhere/sources.csv:3 [x]: wrong']);
  });
});

describe('the source ledger', () => {
  const sourcesCsv = 'id,kind,publisher,title,date,url\nsrc-a,news,P,T,2020,\nsrc-b,news,P,T,2020,\n';

  it('reports a record citing a source that is not in the bibliography', () => {
    const report = new Report(INPUT_FILES);
    readSources(sourcesCsv, report).cite(['src-a', 'nope'], 'sites', 7, 'site-x');
    expect(report.problems.map(formatProblem)).toEqual(['geo/sites.csv:7 [site-x]: unknown source id "nope" in source_ids (not in geo/sources.csv)']);
  });

  it('reports a record citing no source at all', () => {
    const report = new Report(INPUT_FILES);
    readSources(sourcesCsv, report).cite([], 'sites', 7, 'site-x');
    expect(report.problems.map(formatProblem)).toEqual(['geo/sites.csv:7 [site-x]: source_ids is empty: every record needs a source']);
  });

  it('lists the sources nobody cites', () => {
    const ledger = readSources(sourcesCsv, new Report(INPUT_FILES));
    ledger.cite(['src-a'], 'sites', 7, 'site-x');
    expect(ledger.uncited()).toEqual(['src-b']);
  });
});
