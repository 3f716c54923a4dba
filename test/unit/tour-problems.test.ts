// Tour problems as data and in words: each kind of issue the validator (zod) raises about a
// malformed tour becomes a code with its values, and every code reads as natural Chinese naming
// the chapter and the field, with ids, fields and values as the file wrote them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/data/schemas';
import { tourProblemText } from '../../src/i18n/tour-problem-text';
import { schemaProblems } from '../../src/lib/tour-check';
import { problemOfIssue } from '../../src/lib/tour-issues';
import { TOUR_PROBLEM_CODES, type TourProblem, type TourProblemCode } from '../../src/lib/tour-problems';

type Chapter = Record<string, unknown> & { camera: Record<string, unknown>; title: Record<string, unknown>; text: Record<string, unknown> };
const realTour = JSON.parse(readFileSync(new URL('../../geo/tour.json', import.meta.url), 'utf8')) as { title: Record<string, unknown>; chapters: Chapter[] } & Record<string, unknown>;

/** The schema's problems with the real tour after `change`. */
function schemaOf(change: (t: typeof realTour) => void): TourProblem[] {
  const tour = structuredClone(realTour);
  change(tour);
  const r = schemaProblems(tour);
  if (r.ok) throw new Error('expected the schema to refuse the tour');
  return r.problems;
}
const at0 = (field: string, code: TourProblemCode, vars: TourProblem['vars'] = {}): TourProblem => ({ code, chapter: { index: 0, id: 'city' }, field, vars });

describe('zod issues about a tour, as problems', () => {
  const cases: [string, (t: typeof realTour) => void, TourProblem][] = [
    ['an unknown layer (invalid_value), naming the known ones', (t) => (t.chapters[0]!.layers = ['secret']), at0('layers[0]', 'unknownLayer', { value: 'secret', known: [...LAYER_IDS] })],
    ['a missing Chinese caption (invalid_type, absent)', (t) => delete t.chapters[0]!.text.zh, at0('text.zh', 'missingTranslation')],
    ['a blank Chinese title (too_small after trimming)', (t) => (t.chapters[0]!.title.zh = '   '), at0('title.zh', 'missingTranslation')],
    ['the tour title left empty', (t) => (t.title.en = ''), { code: 'missingTranslation', chapter: null, field: 'title.en', vars: {} }],
    ['a missing list of layers (invalid_type, absent)', (t) => delete t.chapters[0]!.layers, at0('layers', 'missing', { expected: 'array' })],
    ['a missing camera (invalid_type, absent)', (t) => delete (t.chapters[0] as Partial<Chapter>).camera, at0('camera', 'missing', { expected: 'object' })],
    ['a zoom written as text (invalid_type)', (t) => (t.chapters[0]!.camera.zoom = '9'), at0('camera.zoom', 'wrongType', { expected: 'number', received: 'string' })],
    ['a centre that is not a list (a tuple is a list)', (t) => (t.chapters[0]!.camera.center = 'here'), at0('camera.center', 'wrongType', { expected: 'array', received: 'string' })],
    ['a latitude of null', (t) => (t.chapters[0]!.camera.center = [121.4, null]), at0('camera.center[1]', 'wrongType', { expected: 'number', received: 'null' })],
    ['a zoom out of range (too_big, number)', (t) => (t.chapters[0]!.camera.zoom = 40), at0('camera.zoom', 'numberTooBig', { maximum: 17, value: 40 })],
    ['a negative bearing (too_small, number)', (t) => (t.chapters[0]!.camera.bearing = -1), at0('camera.bearing', 'numberTooSmall', { minimum: 0, value: -1 })],
    ['a centre of one number (too_small, array)', (t) => (t.chapters[0]!.camera.center = [121]), at0('camera.center', 'tooFewItems', { minimum: 2, count: 1 })],
    ['a centre of three numbers (too_big, array)', (t) => (t.chapters[0]!.camera.center = [121, 31, 0]), at0('camera.center', 'tooManyItems', { maximum: 2, count: 3 })],
    ['five figures in a chapter', (t) => (t.chapters[0]!.facts = ['a', 'b', 'c', 'd', 'e']), at0('facts', 'tooManyFacts', { maximum: 4, count: 5 })],
    ['no source cited', (t) => (t.chapters[0]!.sources = []), at0('sources', 'noSource')],
    ['an empty metric (too_small, string)', (t) => (t.chapters[0]!.metric = ''), at0('metric', 'empty')],
    ['no chapters', (t) => (t.chapters = []), { code: 'noChapters', chapter: null, field: 'chapters', vars: {} }],
    ['21 chapters', (t) => (t.chapters = Array.from({ length: 21 }, () => t.chapters[0]!)), { code: 'tooManyChapters', chapter: null, field: 'chapters', vars: { maximum: 20, count: 21 } }],
    ['a chapter id with capitals (invalid_format)', (t) => (t.chapters[0]!.id = 'City Intro'), { code: 'badChapterId', chapter: { index: 0, id: null }, field: 'id', vars: { value: 'City Intro' } }],
    ['a highlight that is not a feature (invalid_format)', (t) => (t.chapters[0]!.highlight = ['park:x']), at0('highlight[0]', 'badFeatureRef', { value: 'park:x' })],
    ['a title over the limit (custom, from the text rule)', (t) => (t.chapters[0]!.title.en = 'x'.repeat(130)), at0('title.en', 'textTooLong', { length: 130, max: 120 })],
    ['a text-direction override (custom, from the text rule)', (t) => (t.chapters[0]!.title.en = 'Pu\u202Edong'), at0('title.en', 'refusedChar', { char: 'U+202E RIGHT-TO-LEFT OVERRIDE', position: 3, kind: 'direction' })],
    ['a chapter that is not an object', (t) => ((t.chapters as unknown[])[0] = 5), { code: 'wrongType', chapter: { index: 0, id: null }, field: '', vars: { expected: 'object', received: 'number' } }],
  ];
  it.each(cases)('%s', (_, change, expected) => {
    expect(schemaOf(change)).toEqual([expected]);
  });

  it('translates an issue the tour schema does not raise today (unrecognized_keys), and keeps zod’s words for the rest', () => {
    const raw = { chapters: [{ id: 'a', colour: 'red' }] };
    expect(problemOfIssue({ code: 'unrecognized_keys', keys: ['colour'], path: ['chapters', 0], message: 'Unrecognized key: "colour"', input: undefined }, raw)).toEqual({
      code: 'unknownKeys',
      chapter: { index: 0, id: 'a' },
      field: '',
      vars: { keys: ['colour'] },
    });
    const other = problemOfIssue({ code: 'invalid_union', errors: [], path: ['title'], message: 'Invalid input', input: undefined }, raw);
    expect(other).toEqual({ code: 'schemaOther', chapter: null, field: 'title', vars: { message: 'Invalid input' } });
    expect(tourProblemText(other, 'zh')).toBe('title：Invalid input（校验程序的英文原文）');
    expect(tourProblemText(other, 'en')).toBe('title: Invalid input (the schema checker’s own words)');
  });
});

/** One problem of each code, as the checks make them, and how a Chinese reader sees it. */
const ch = (index: number, id: string | null) => ({ index, id });
const IN_CHINESE: Record<TourProblemCode, [TourProblem, string]> = {
  notText: [{ code: 'notText', chapter: null, field: '', vars: {} }, '此文件不是文本文件。'],
  fileTooLarge: [{ code: 'fileTooLarge', chapter: null, field: '', vars: { mb: 1 } }, '文件超过1 MB，而一个导览文件通常只有几KB。'],
  unreadable: [{ code: 'unreadable', chapter: null, field: '', vars: {} }, '无法读取此文件。'],
  notJson: [{ code: 'notJson', chapter: null, field: '', vars: { detail: 'Unexpected end of JSON input' } }, '此文件不是有效的JSON（解析器提示：Unexpected end of JSON input）。'],
  checkFailed: [{ code: 'checkFailed', chapter: null, field: '', vars: { detail: 'x is undefined' } }, '无法检查此文件（x is undefined）。'],
  missing: [{ code: 'missing', chapter: ch(1, 'pudong'), field: 'camera', vars: { expected: 'object' } }, '第2章（pudong）· camera：缺少此项，此处应为对象'],
  wrongType: [{ code: 'wrongType', chapter: ch(0, 'city'), field: 'camera.zoom', vars: { expected: 'number', received: 'string' } }, '第1章（city）· camera.zoom：此处应为数字，而不是文本'],
  missingTranslation: [{ code: 'missingTranslation', chapter: ch(2, 'xuhui-ai'), field: 'text.zh', vars: {} }, '第3章（xuhui-ai）· text.zh：缺少译文（为空或未填写）'],
  empty: [{ code: 'empty', chapter: ch(0, 'city'), field: 'metric', vars: {} }, '第1章（city）· metric：不能为空'],
  textTooLong: [{ code: 'textTooLong', chapter: ch(0, 'city'), field: 'title.en', vars: { length: 1300, max: 120 } }, '第1章（city）· title.en：共1,300个字符，超过120个字符的上限'],
  refusedChar: [{ code: 'refusedChar', chapter: ch(0, 'city'), field: 'title.en', vars: { char: 'U+202E RIGHT-TO-LEFT OVERRIDE', position: 3, kind: 'direction' } }, '第1章（city）· title.en：第3个字符是U+202E RIGHT-TO-LEFT OVERRIDE（文字方向控制符），不允许出现'],
  numberTooSmall: [{ code: 'numberTooSmall', chapter: ch(0, 'city'), field: 'camera.bearing', vars: { minimum: 0, value: -1.5 } }, '第1章（city）· camera.bearing：-1.5小于最小值0'],
  numberTooBig: [{ code: 'numberTooBig', chapter: ch(0, 'city'), field: 'camera.zoom', vars: { maximum: 17, value: 40 } }, '第1章（city）· camera.zoom：40大于最大值17'],
  tooFewItems: [{ code: 'tooFewItems', chapter: ch(0, 'city'), field: 'camera.center', vars: { minimum: 2, count: 1 } }, '第1章（city）· camera.center：只有1项，至少需要2项'],
  tooManyItems: [{ code: 'tooManyItems', chapter: ch(0, 'city'), field: 'distances', vars: { maximum: 3, count: 4 } }, '第1章（city）· distances：共4项，最多只能有3项'],
  noChapters: [{ code: 'noChapters', chapter: null, field: 'chapters', vars: {} }, 'chapters：导览还没有章节，请至少添加一章'],
  tooManyChapters: [{ code: 'tooManyChapters', chapter: null, field: 'chapters', vars: { maximum: 20, count: 21 } }, 'chapters：共21章，一个导览最多20章'],
  noSource: [{ code: 'noSource', chapter: ch(4, 'sources'), field: 'sources', vars: {} }, '第5章（sources）· sources：未引用来源；每章的正文至少要引用一个来源'],
  tooManyFacts: [{ code: 'tooManyFacts', chapter: ch(0, 'city'), field: 'facts', vars: { maximum: 4, count: 5 } }, '第1章（city）· facts：共5项数据，每章最多显示4项'],
  unknownLayer: [{ code: 'unknownLayer', chapter: ch(0, 'city'), field: 'layers[6]', vars: { value: 'metro', known: ['pudong', 'xuhui'] } }, '第1章（city）· layers[6]：未知的图层编号“metro”（可用的图层：pudong、xuhui）'],
  notOneOf: [{ code: 'notOneOf', chapter: null, field: 'kind', vars: { value: 'x', known: ['a', 'b'] } }, 'kind：“x”不是可选值之一（a、b）'],
  badChapterId: [{ code: 'badChapterId', chapter: ch(0, null), field: 'id', vars: { value: 'City Intro' } }, '第1章· id：“City Intro”不是有效的章节编号：只能使用小写字母、数字和连字符，最多64个字符'],
  badFeatureRef: [{ code: 'badFeatureRef', chapter: ch(0, 'city'), field: 'highlight[0]', vars: { value: 'park:x' } }, '第1章（city）· highlight[0]：“park:x”不是有效的要素写法：应写作district:<代码>、area:<编号>或site:<编号>'],
  badFormat: [{ code: 'badFormat', chapter: ch(0, 'city'), field: 'url', vars: { value: 'ftp://x', format: 'url' } }, '第1章（city）· url：“ftp://x”的格式不正确（url）'],
  unknownKeys: [{ code: 'unknownKeys', chapter: ch(0, 'city'), field: '', vars: { keys: ['colour', 'size'] } }, '第1章（city）：未知的字段：colour、size'],
  schemaOther: [{ code: 'schemaOther', chapter: ch(0, 'city'), field: 'camera', vars: { message: 'Invalid input' } }, '第1章（city）· camera：Invalid input（校验程序的英文原文）'],
  duplicateId: [{ code: 'duplicateId', chapter: ch(3, 'city'), field: 'id', vars: { value: 'city' } }, '第4章（city）· id：编号“city”已被前面的章节使用，章节编号不能重复'],
  outsideCity: [
    { code: 'outsideCity', chapter: ch(1, 'pudong'), field: 'camera.center', vars: { lng: 31.2, lat: 121.4, minLng: 120.85, maxLng: 122.2, minLat: 30.67, maxLat: 31.88 } },
    '第2章（pudong）· camera.center：[31.2, 121.4]在上海范围之外（经度120.85至122.2，纬度30.67至31.88）；是否应写作[经度, 纬度]？',
  ],
  unknownDistrict: [{ code: 'unknownDistrict', chapter: ch(0, 'city'), field: 'highlight[0]', vars: { value: '310199' } }, '第1章（city）· highlight[0]：未知的区代码“310199”（区以3101xx形式的代码表示）'],
  unknownArea: [{ code: 'unknownArea', chapter: ch(0, 'city'), field: 'highlight[1]', vars: { value: 'nowhere' } }, '第1章（city）· highlight[1]：未知的区域编号“nowhere”'],
  unknownSite: [{ code: 'unknownSite', chapter: ch(0, 'city'), field: 'distances[0].to', vars: { value: 'no-site' } }, '第1章（city）· distances[0].to：未知的地点编号“no-site”'],
  unplacedHighlight: [{ code: 'unplacedHighlight', chapter: ch(0, 'city'), field: 'highlight[2]', vars: { value: 'lab' } }, '第1章（city）· highlight[2]：地点“lab”没有经过核实的位置，无法在地图上突出显示；请改在正文中提及'],
  unplacedDistance: [{ code: 'unplacedDistance', chapter: ch(0, 'city'), field: 'distances[0].from', vars: { value: 'lab' } }, '第1章（city）· distances[0].from：地点“lab”没有经过核实的位置，无法计算距离'],
  unknownFact: [{ code: 'unknownFact', chapter: ch(2, 'xuhui-ai'), field: 'facts[2]', vars: { value: 'city:310000:x:2020' } }, '第3章（xuhui-ai）· facts[2]：未知的数据编号“city:310000:x:2020”'],
  unknownSource: [{ code: 'unknownSource', chapter: ch(0, 'city'), field: 'sources[0]', vars: { value: 'nobody' } }, '第1章（city）· sources[0]：未知的来源编号“nobody”'],
  unknownMetric: [{ code: 'unknownMetric', chapter: ch(0, 'city'), field: 'metric', vars: { value: 'gdp-per-pixel' } }, '第1章（city）· metric：未知的指标“gdp-per-pixel”'],
};

describe('tour problems in Chinese', () => {
  it('has a sample for every code', () => {
    expect(Object.keys(IN_CHINESE).sort()).toEqual([...TOUR_PROBLEM_CODES].sort());
  });

  it.each(TOUR_PROBLEM_CODES.map((code) => [code, ...IN_CHINESE[code]] as const))('%s', (_, problem, chinese) => {
    expect(tourProblemText(problem, 'zh')).toBe(chinese);
    // The English is a different sentence about the same place: the chapter and field read the same.
    const english = tourProblemText(problem, 'en');
    expect(english).not.toBe(chinese);
    if (problem.field) expect(english).toContain(problem.field);
  });

  it('shows a value from the file verbatim, markup included, and a kind it does not know as written', () => {
    const p: TourProblem = { code: 'wrongType', chapter: ch(0, null), field: 'x', vars: { expected: 'bigint', received: '<b>{n}</b>' } };
    expect(tourProblemText(p, 'zh')).toBe('第1章· x：此处应为bigint，而不是<b>{n}</b>');
  });
});
