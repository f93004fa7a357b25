// localStorage can be missing (private browsing, blocked cookies) or full (setItem throws a
// QuotaExceededError). @nanostores/persistent writes to its storage engine without catching, which
// would stop the store from updating and leave the questionnaire stuck. This engine never throws:
// on the first failure it keeps working from memory and reports that nothing is saved any more.

/** The key-value object @nanostores/persistent reads and writes. */
type StorageEngine = Record<string, string>;

/** A storage engine that never throws, and tells whether it still saves to the browser. */
export interface SafeStorage {
  /** Hand this to `setPersistentEngine`. */
  readonly engine: StorageEngine;
  /** True while values reach the browser's storage. */
  saves(): boolean;
}

/**
 * Wraps the browser's storage (from `open`, which may throw) so reads and writes never throw;
 * `onFailure` is called once, when storage first turns out to be unusable.
 */
export function createSafeStorage(open: () => Storage | undefined, onFailure: () => void = () => {}): SafeStorage {
  // A null-prototype object, so keys such as "__proto__" are plain keys.
  const memory: StorageEngine = Object.create(null) as StorageEngine;
  let storage: Storage | undefined;
  let failed = false;
  const fail = (): void => {
    storage = undefined;
    if (failed) return;
    failed = true;
    onFailure();
  };
  try {
    storage = open();
    // Some browsers only throw when writing, so try a write now rather than halfway through.
    storage?.setItem('mentorfit:probe', '1');
    storage?.removeItem('mentorfit:probe');
    if (!storage) fail();
  } catch {
    fail();
  }

  const read = (key: string): string | undefined => {
    if (storage) {
      try {
        return storage.getItem(key) ?? undefined;
      } catch {
        fail();
      }
    }
    return memory[key];
  };

  const engine = new Proxy(memory, {
    get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
    set(_target, key, value) {
      if (typeof key !== 'string') return false;
      memory[key] = String(value);
      if (storage) {
        try {
          storage.setItem(key, String(value));
        } catch {
          fail();
        }
      }
      return true;
    },
    deleteProperty(_target, key) {
      if (typeof key !== 'string') return false;
      delete memory[key];
      if (storage) {
        try {
          storage.removeItem(key);
        } catch {
          fail();
        }
      }
      return true;
    },
  });

  return { engine, saves: () => storage !== undefined };
}
