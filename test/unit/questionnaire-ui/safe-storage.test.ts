import { describe, expect, test, vi } from 'vitest';
import { createSafeStorage } from '../../../src/lib/questionnaire-ui/safe-storage';

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

describe('createSafeStorage', () => {
  test('working storage saves, reads back and deletes', () => {
    const storage = fakeStorage();
    const onFailure = vi.fn();
    const { engine, saves } = createSafeStorage(() => storage, onFailure);
    engine.key = 'value';
    expect(storage.data.get('key')).toBe('value');
    expect('key' in engine).toBe(true);
    expect(engine.key).toBe('value');
    delete engine.key;
    expect('key' in engine).toBe(false);
    expect(saves()).toBe(true);
    expect(onFailure).not.toHaveBeenCalled();
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
    const onFailure = vi.fn();
    const { engine, saves } = createSafeStorage(open, onFailure);
    engine.key = 'first';
    engine.key = 'second';
    expect(engine.key).toBe('second');
    expect(saves()).toBe(false);
    expect(onFailure).toHaveBeenCalledTimes(1);
  });

  test('storage that fills up halfway keeps the latest value in memory and reports it', () => {
    const storage = fakeStorage();
    const onFailure = vi.fn();
    const { engine, saves } = createSafeStorage(() => storage, onFailure);
    engine.key = 'saved';
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    engine.key = 'not saved';
    expect(engine.key).toBe('not saved');
    expect(storage.data.get('key')).toBe('saved');
    expect(saves()).toBe(false);
    expect(onFailure).toHaveBeenCalledTimes(1);
  });

  test('a key named __proto__ is an ordinary key', () => {
    const { engine } = createSafeStorage(() => undefined);
    engine['__proto__'] = 'value';
    expect(engine['__proto__']).toBe('value');
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });
});
