// The browser's storage for every island, and the first steps of reading back what was saved there.
//
// localStorage can be missing (private browsing, blocked cookies) or full (setItem throws a
// QuotaExceededError). SafeStorage never throws: a write that does not reach the browser's storage is
// kept in memory for this page and reported, and every later write and delete is tried against the
// browser's storage again, so a delete after a full quota still deletes, and says so only when it did.
//
// What is stored is untrusted: readSavedJson() does the checks every saved shape shares (text, not
// too long, JSON, an object, the expected schemaVersion) and never throws; each island checks the rest.

/** Storage that never throws, and tells whether its writes and deletes reach the browser's storage. */
export interface SafeStorage {
  /** The stored text, or undefined when there is none. */
  read(key: string): string | undefined;
  /** Stores the text; true when it reached the browser's storage. */
  write(key: string, text: string): boolean;
  /** Deletes the key; true when the browser's storage no longer holds it. */
  remove(key: string): boolean;
  /** True while writes reach the browser's storage: the last one did (or the first write test, before any). */
  saves(): boolean;
}

/**
 * Wraps the browser's storage (from `open`, which may throw); `onChange` hears when writes stop
 * reaching it (false) and when they reach it again (true). Deletes say for themselves.
 */
export function createSafeStorage(
  open: () => Storage | undefined,
  onChange: (saves: boolean) => void = () => {},
): SafeStorage {
  // What did not reach the browser's storage, for reads on this page. A Map, so "__proto__" is a plain key.
  const memory = new Map<string, string>();
  let storage: Storage | undefined;
  let saving = true;
  const outcome = (reached: boolean): boolean => {
    if (reached !== saving) {
      saving = reached;
      onChange(reached);
    }
    return reached;
  };
  try {
    storage = open();
  } catch {
    storage = undefined;
  }
  try {
    // Some browsers only throw when writing, so try a write now rather than halfway through. A store
    // that cannot be written is still read and deleted from: it may hold an earlier visit's data.
    if (!storage) throw new Error('no storage');
    storage.setItem('mentorfit:probe', '1');
    storage.removeItem('mentorfit:probe');
  } catch {
    outcome(false);
  }

  return {
    read(key) {
      if (memory.has(key)) return memory.get(key);
      try {
        return storage?.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    write(key, text) {
      try {
        if (!storage) throw new Error('no storage');
        storage.setItem(key, text);
        memory.delete(key);
        return outcome(true);
      } catch {
        memory.set(key, text);
        return outcome(false);
      }
    },
    remove(key) {
      memory.delete(key);
      if (!storage) return false;
      try {
        storage.removeItem(key);
        return storage.getItem(key) === null;
      } catch {
        return false;
      }
    },
    saves: () => saving,
  };
}

/** Why stored text was refused before its own fields were read. */
type SavedTextProblem = 'malformed' | 'version' | 'too-long';

/** Stored text read as far as every saved shape goes: its fields, or why it was refused. */
export type SavedJson =
  | { readonly ok: true; readonly data: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly reason: SavedTextProblem };

/** What a saved shape expects of its stored text. */
export interface SavedShape {
  /** The schemaVersion it reads. */
  readonly version: number;
  /** The longest stored text read at all. */
  readonly maxLength: number;
  /** Exactly these fields, when given. */
  readonly keys?: readonly string[];
}

/** Reads stored text as a JSON object of the shape's schemaVersion (and fields, when given): never throws. */
export function readSavedJson(raw: unknown, { version, maxLength, keys }: SavedShape): SavedJson {
  if (typeof raw !== 'string') return { ok: false, reason: 'malformed' };
  if (raw.length > maxLength) return { ok: false, reason: 'too-long' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'malformed' };
  const fields = data as Record<string, unknown>;
  const names = Object.keys(fields);
  if (keys && (names.length !== keys.length || !keys.every((key) => Object.hasOwn(fields, key)))) {
    return { ok: false, reason: 'malformed' };
  }
  if (fields.schemaVersion !== version) return { ok: false, reason: 'version' };
  return { ok: true, data: fields };
}
