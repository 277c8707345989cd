import { describe, expect, it } from 'vitest';
import { compareLabels, describePages, orderLabels, parsePageList } from '../../../lib/print/pages';

const PAGES = ['1', '2', '3', '10', '10A', '10B', '11', '15-16', '17'];

describe('page labels', () => {
  it('orders labels as a production does', () => {
    const got = ['13', '12B', '12', '12AA', '12A', '2', '15-16'].sort(compareLabels);
    expect(got, 'A-pages follow their page, AA after Z-style single letters, ranges by first number').toEqual(
      ['2', '12', '12A', '12B', '12AA', '13', '15-16'],
    );
  });

  it('drops duplicates and follows the revision page order when given', () => {
    expect(orderLabels(['11', '10A', '10A', '1', ' 11 '], PAGES), 'each page once, in page order').toEqual([
      '1',
      '10A',
      '11',
    ]);
  });

  it('reads a typed page list with ranges over A-pages and merged labels', () => {
    const r = parsePageList('10-11, 15-16, 2.', PAGES);
    expect(
      r.labels,
      'a range takes the A-pages between; "15-16" is the merged page; "2." forgives the period',
    ).toEqual(['2', '10', '10A', '10B', '11', '15-16']);
    expect(r.unknown, 'nothing unknown').toEqual([]);
  });

  it('names the parts that are not pages of the revision', () => {
    const r = parsePageList('3, 99, 10C', PAGES);
    expect(r.labels, 'known pages still read').toEqual(['3']);
    expect(r.unknown, 'unknown parts reported as typed').toEqual(['99', '10C']);
  });

  it('reads "all" and lower-case letters', () => {
    expect(parsePageList('all', PAGES).labels, 'all pages').toEqual(PAGES);
    expect(parsePageList('10a', PAGES).labels, 'case does not matter').toEqual(['10A']);
  });

  it('describes runs of pages briefly', () => {
    expect(describePages(['1', '2', '3', '10A', '15-16'], PAGES), 'three in a row become a run').toBe(
      '1–3, 10A, 15-16',
    );
    expect(describePages([], PAGES), 'an empty list says so').toBe('no pages');
  });

  it('never writes a merged page at the end of a run ("1-2–6" cannot be read back)', () => {
    const locked = ['1-2', '3', '4', '5', '6', '6A', '7-8'];
    const said = describePages(locked, locked);
    expect(said, 'the merged pages stand alone beside the run').toBe('1-2, 3–6A, 7-8');
    expect(
      parsePageList(said.replace(/–/g, '-'), locked).labels,
      'what the job row shows reads back as the same pages',
    ).toEqual(locked);
    expect(describePages(['1-2', '3', '4'], locked), 'a short run is listed').toBe('1-2, 3, 4');
  });
});
