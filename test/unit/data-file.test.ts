import { describe, expect, test } from 'vitest';
import { dataFileEndpoint, dataFileOf } from '../../src/lib/data-file';

describe('a page data file', () => {
  test('holds the data as JSON', () => {
    const data = { questionnaire: { version: 2 }, strings: { 'questionnaire.back': 'Back' } };
    expect(JSON.parse(dataFileOf(data).json)).toEqual(data);
  });

  test('is named by its content: the same data gets the same name, changed data another', () => {
    const name = dataFileOf({ version: 2 }).name;
    expect(name).toMatch(/^data-[0-9a-f]{10}$/);
    expect(dataFileOf({ version: 2 }).name).toBe(name);
    expect(dataFileOf({ version: 3 }).name).not.toBe(name);
  });
});

describe('a data file endpoint', () => {
  test('writes one file per language, the English one at the root and the Dutch one under nl', async () => {
    const { getStaticPaths } = dataFileEndpoint((lang) => dataFileOf({ lang }));
    const paths = await getStaticPaths({} as never);
    expect(paths).toEqual([
      { params: { lang: undefined, data: dataFileOf({ lang: 'en' }).name }, props: { json: '{"lang":"en"}' } },
      { params: { lang: 'nl', data: dataFileOf({ lang: 'nl' }).name }, props: { json: '{"lang":"nl"}' } },
    ]);
  });
});
