// The matching island's store and its reactions, with a storage and a worker of our own: what a
// facilitator's actions do to the list, the kept copy and the matching runs.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { runMatching } from '../../../src/lib/matching/run';
import type * as StoreModule from '../../../src/stores/matching';
import type * as ReactionsModule from '../../../src/stores/matching-reactions';
import type { WorkerRequest } from '../../../src/stores/matching-reactions';
import { serializeSavedMatching } from '../../../src/lib/matching/saved-state';
import { catalogue, file, person } from './support';
import { examplePeople } from '../../../src/schemas/matching';

type Store = typeof StoreModule;
type Reactions = typeof ReactionsModule;

/** A Storage over a Map, optionally refusing writes of more than `quota` characters. */
function memoryStorage(quota = Infinity): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > quota) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}

/** A worker that answers on the next task, as a real one does, and records what it was asked. */
function fakeWorker() {
  const listeners: ((event: MessageEvent) => void)[] = [];
  const asked: unknown[] = [];
  const worker = {
    asked,
    addEventListener: (type: string, listener: (event: MessageEvent) => void) => {
      if (type === 'message') listeners.push(listener);
    },
    postMessage: (request: WorkerRequest) => {
      asked.push(request);
      setTimeout(() => {
        const data = { id: request.id, result: runMatching(request.catalogue, request.job) };
        for (const listener of listeners) listener({ data } as MessageEvent);
      }, 0);
    },
    terminate: () => {},
  };
  return worker;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const KEY = 'mentorfit:matching';
let store: Store;
let reactions: Reactions;

beforeEach(async () => {
  vi.resetModules();
  store = await import('../../../src/stores/matching');
  reactions = await import('../../../src/stores/matching-reactions');
});

function open(storage = memoryStorage(), worker?: ReturnType<typeof fakeWorker>) {
  reactions.connectMatching(catalogue, { storage: () => storage, worker: () => worker as unknown as Worker });
  return storage;
}

const example = examplePeople(file, 'en');

describe('the list', () => {
  test('the example is added at once, without a note, and matched', async () => {
    open();
    store.importExample(example);
    await tick();
    expect(store.$people.get()).toHaveLength(15);
    expect(store.$importReport.get()).toEqual({ added: 15, problems: [] });
    expect(store.$result.get()?.format).toBe('pairs');
  });

  test('a removal is undone with the person, their locks and their exclusions', () => {
    open();
    store.importExample(example);
    const lock = { senior: 'Ellen de Vries', junior: 'Sam Peters' };
    const ruledOut = { senior: 'Mark Jansen', junior: 'Sam Peters' };
    store.lockPair(lock);
    store.excludePair(ruledOut);
    store.removePerson('Sam Peters');
    expect(store.$people.get()).toHaveLength(14);
    expect(store.$locks.get()).toEqual([]);
    store.undo();
    expect(store.$people.get()).toHaveLength(15);
    expect(store.$locks.get()).toEqual([lock]);
    expect(store.$excluded.get()).toEqual([ruledOut]);
    expect(store.$status.get()).toEqual({ kind: 'undone', name: 'Sam Peters' });
  });

  test('a change after a removal ends the chance to undo it', () => {
    open();
    store.importExample(example);
    store.removePerson('Sam Peters');
    store.setSetting('remote');
    expect(store.$undo.get()).toBeUndefined();
  });

  test('a new name is followed everywhere the old one was', () => {
    open();
    store.importExample(example);
    store.lockPair({ senior: 'Mark Jansen', junior: 'Sam Peters' });
    store.setAside('Mark Jansen', true);
    const mark = store.$people.get().find((p) => p.name === 'Mark Jansen');
    if (!mark) throw new Error('no Mark');
    store.updatePerson('Mark Jansen', { ...mark, name: 'Mark Jansen-Bos' });
    expect(store.$locks.get()).toEqual([{ senior: 'Mark Jansen-Bos', junior: 'Sam Peters' }]);
    expect(store.$setAside.get()).toEqual(['Mark Jansen-Bos']);
    expect(store.$people.get().find((p) => p.name === 'Noor Hendriks')?.manager).toBe('Mark Jansen-Bos');
  });

  test('"Delete everything" asks first, deletes the kept copy, and can be undone', async () => {
    const storage = open();
    store.importExample(example);
    store.setKeep(true);
    await tick();
    expect(storage.map.has(KEY)).toBe(true);
    store.askDeleteEverything();
    expect(store.$people.get()).toHaveLength(15);
    store.deleteEverything();
    await tick();
    expect(store.$people.get()).toEqual([]);
    expect(storage.map.has(KEY)).toBe(false);
    store.undo();
    await tick();
    expect(store.$people.get()).toHaveLength(15);
    expect(store.$keep.get()).toBe(true);
    expect(storage.map.has(KEY)).toBe(true);
  });
});

describe('the kept copy', () => {
  test('a list too long to read back is not saved: the page says so, and no older copy is left to come back', async () => {
    const storage = memoryStorage();
    open(storage);
    store.importExample(example);
    store.setKeep(true);
    await tick();
    expect(storage.map.has(KEY)).toBe(true);
    const long = 'x'.repeat(2500);
    store.importExample(Array.from({ length: 900 }, (_, i) => person('junior', `Person ${i}`, { department: long })));
    await tick();
    expect(store.$storage.get()).toBe('too-large');
    expect(storage.map.has(KEY)).toBe(false);
    store.removePerson('Person 1');
    for (let i = 2; i < 900; i++) store.removePerson(`Person ${i}`);
    await tick();
    expect(store.$storage.get()).toBe('saving');
    expect(storage.map.has(KEY)).toBe(true);
  });

  test.each([
    { case: 'damaged', text: '{"schemaVersion":1,', reason: 'malformed' },
    { case: 'too long', text: 'x'.repeat(2_000_001), reason: 'too-long' },
  ])(
    'a $case copy is not deleted on reading: the page says what was lost and keeps it until asked',
    async ({ text, reason }) => {
      const storage = memoryStorage();
      storage.setItem(KEY, text);
      open(storage);
      await tick();
      expect(store.$savedNotice.get()).toEqual({ reason, raw: text });
      expect(storage.getItem(KEY)).toBe(text);
      // Working on the new list does not touch the old copy while the list is not kept.
      store.importExample(example);
      await tick();
      expect(storage.getItem(KEY)).toBe(text);
      store.discardSavedCopy();
      expect(storage.getItem(KEY)).toBeNull();
      expect(store.$savedNotice.get()).toBeUndefined();
    },
  );

  test('a readable copy opens the list as it was kept', async () => {
    const storage = memoryStorage();
    const saved = serializeSavedMatching({
      people: example,
      locks: [],
      excluded: [],
      groupLocks: [],
      setAside: ['Mark Jansen'],
      format: 'groups',
      setting: 'remote',
    });
    storage.setItem(KEY, saved.ok ? saved.text : '');
    open(storage);
    await tick();
    expect(store.$keep.get()).toBe(true);
    expect(store.$setAside.get()).toEqual(['Mark Jansen']);
    // The groups' code loads on demand, the first time groups are asked for.
    await vi.waitFor(() => expect(store.$result.get()?.format).toBe('groups'));
  });
});

describe('matching a large list off the page', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => person(i % 5 < 2 ? 'senior' : 'junior', `P${i}`, { topics: ['ai'] }));

  test('shows busy at once, asks the worker, and takes only the latest answer', async () => {
    const worker = fakeWorker();
    open(memoryStorage(), worker);
    store.importExample(many(reactions.WORKER_FROM));
    await Promise.resolve();
    expect(store.$busy.get()).toBe(true);
    store.lockPair({ senior: 'P0', junior: 'P2' });
    await Promise.resolve();
    expect(worker.asked).toHaveLength(2);
    await tick();
    await tick();
    expect(store.$busy.get()).toBe(false);
    const result = store.$result.get();
    expect(result?.format === 'pairs' && result.pairs.pairs.find((pair) => pair.locked)?.junior.name).toBe('P2');
  });

  test('a small list is matched on the page, without the worker', async () => {
    const worker = fakeWorker();
    open(memoryStorage(), worker);
    store.importExample(many(10));
    await Promise.resolve();
    expect(worker.asked).toEqual([]);
    expect(store.$result.get()?.format).toBe('pairs');
  });

  test('without a worker a large list is still matched', async () => {
    reactions.connectMatching(catalogue, { storage: () => memoryStorage(), worker: () => undefined });
    store.importExample(many(reactions.WORKER_FROM));
    await tick();
    expect(store.$busy.get()).toBe(false);
    expect(store.$result.get()?.format).toBe('pairs');
  });
});
