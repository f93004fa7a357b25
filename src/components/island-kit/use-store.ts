// The one store hook of every island. It redraws in the same task as the store changes (Preact
// batches the render into a microtask), where @nanostores/preact's hook waits for a timer: after an
// action, the page shows the new state before any timer, event or test step can run.

import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/** The store's current value; the component renders again whenever it changes. */
export function useStore<Value>(store: ReadableAtom<Value>): Value {
  const [, rerender] = useState({});
  const value = store.get();
  useEffect(() => {
    const stop = store.listen(() => rerender({}));
    // A change between this render and the subscription would otherwise go unseen.
    if (store.get() !== value) rerender({});
    return stop;
  }, [store, value]);
  return value;
}
