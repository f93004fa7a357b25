// useStore() for the first screens: the same contract as @nanostores/preact's (the store's value,
// and a new render when it changes), without its `keys` and `ssr` options, which pull in code the
// first screens never run. The later screens may use either.

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
  }, [store]);
  return value;
}
