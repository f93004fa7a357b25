import { describe, expect, test, vi } from 'vitest';
import { createSafeStorage, readSavedJson } from '../../src/lib/storage';

/** A Storage over a Map whose methods can be made to throw. */
function fakeStorage(fail: { get?: boolean; set?: boolean } = {}): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem(key: string) {
      if (fail.get) throw new DOMException('denied', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (fail.set) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  };
}

const full = (): never => {
  throw new DOMException('full', 'QuotaExceededError');
};

describe('createSafeStorage', () => {
  test('working storage saves, reads back and deletes', () => {
    const storage = fakeStorage();
    const onChange = vi.fn();
    const safe = createSafeStorage(() => storage, onChange);
    expect(safe.write('key', 'value')).toBe(true);
    expect(storage.data.get('key')).toBe('value');
    expect(safe.read('key')).toBe('value');
    expect(safe.remove('key')).toBe(true);
    expect(safe.read('key')).toBeUndefined();
    expect(safe.saves()).toBe(true);
    expect(onChange).not.toHaveBeenCalled();
  });

  test.each([
    // localStorage itself cannot be reached (blocked cookies, some private modes)
    [
      'opening throws',
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
    ],
    // there is no localStorage at all
    ['there is none', () => undefined],
    // every write throws (a full quota, old Safari private mode)
    ['writing throws', () => fakeStorage({ set: true })],
  ])('when %s, values live in memory, nothing throws and the failure is reported once', (_case, open) => {
    const onChange = vi.fn();
    const safe = createSafeStorage(open, onChange);
    expect(safe.write('key', 'first')).toBe(false);
    expect(safe.write('key', 'second')).toBe(false);
    expect(safe.read('key')).toBe('second');
    expect(safe.saves()).toBe(false);
    expect(onChange.mock.calls).toEqual([[false]]);
  });

  test('storage that fills up halfway keeps the latest value in memory and reports it', () => {
    const storage = fakeStorage();
    const onChange = vi.fn();
    const safe = createSafeStorage(() => storage, onChange);
    safe.write('key', 'saved');
    storage.setItem = full;
    expect(safe.write('key', 'not saved')).toBe(false);
    expect(safe.read('key')).toBe('not saved');
    expect(storage.data.get('key')).toBe('saved');
    expect(safe.saves()).toBe(false);
    expect(onChange.mock.calls).toEqual([[false]]);
  });

  test('after a failed write, a delete still reaches the storage and says so', () => {
    const storage = fakeStorage();
    const onChange = vi.fn();
    const safe = createSafeStorage(() => storage, onChange);
    safe.write('key', 'saved');
    storage.setItem = full;
    safe.write('key', 'too big');
    expect(safe.remove('key')).toBe(true);
    expect(storage.data.has('key')).toBe(false);
    expect(safe.read('key')).toBeUndefined();
    // Writes still do not fit: a delete says only for itself that it worked.
    expect(safe.saves()).toBe(false);
    expect(onChange.mock.calls).toEqual([[false]]);
    storage.setItem = (key, value) => void storage.data.set(key, value);
    expect(safe.write('key', 'fits again')).toBe(true);
    expect(onChange.mock.calls).toEqual([[false], [true]]);
  });

  test('a delete that cannot reach the storage says so', () => {
    const storage = fakeStorage();
    const safe = createSafeStorage(() => storage);
    safe.write('key', 'saved');
    storage.removeItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(safe.remove('key')).toBe(false);
    expect(createSafeStorage(() => undefined).remove('key')).toBe(false);
  });

  test('a key named __proto__ is an ordinary key', () => {
    const safe = createSafeStorage(() => undefined);
    safe.write('__proto__', 'value');
    expect(safe.read('__proto__')).toBe('value');
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });
});

describe('readSavedJson', () => {
  const shape = { version: 1, maxLength: 40, keys: ['schemaVersion', 'link'] } as const;
  test.each([
    [42, 'malformed'],
    ['x'.repeat(41), 'too-long'],
    ['{not json', 'malformed'],
    ['[1]', 'malformed'],
    ['null', 'malformed'],
    ['{"schemaVersion":1}', 'malformed'],
    ['{"schemaVersion":1,"link":"a","extra":1}', 'malformed'],
    ['{"schemaVersion":2,"link":"a"}', 'version'],
  ])('refuses %j as %s', (raw, reason) => {
    expect(readSavedJson(raw, shape)).toEqual({ ok: false, reason });
  });

  test('reads an object of the right version and fields', () => {
    expect(readSavedJson('{"schemaVersion":1,"link":"#a"}', shape)).toEqual({
      ok: true,
      data: { schemaVersion: 1, link: '#a' },
    });
    expect(readSavedJson('{"schemaVersion":1,"any":true}', { version: 1, maxLength: 40 }).ok).toBe(true);
  });
});
