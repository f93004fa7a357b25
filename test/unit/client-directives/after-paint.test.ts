import { afterEach, describe, expect, it, vi } from 'vitest';
import afterPaint from '../../../src/client-directives/after-paint';

/** A stand-in for the page: its ready state, its DOMContentLoaded listeners and its animation frames. */
function fakePage(readyState: DocumentReadyState) {
  const contentLoaded: (() => void)[] = [];
  const frames: (() => void)[] = [];
  vi.stubGlobal('document', {
    readyState,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'DOMContentLoaded') contentLoaded.push(listener);
    },
  });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  return {
    parsed: () => contentLoaded.splice(0).forEach((listener) => listener()),
    frame: () => frames.splice(0).forEach((callback) => callback()),
  };
}

/** The directive's arguments, counting when the island's code is loaded and when it hydrates. */
function island() {
  const calls: string[] = [];
  const load = vi.fn(() => {
    calls.push('load');
    return Promise.resolve(() => {
      calls.push('hydrate');
      return Promise.resolve();
    });
  });
  return { load, calls };
}

describe('client:afterpaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('loads and hydrates only after the parsed page has had a frame drawn', async () => {
    vi.useFakeTimers();
    const page = fakePage('loading');
    const { load, calls } = island();
    afterPaint(load, { name: 'QuestionnaireApp', value: '' }, {} as HTMLElement);

    page.frame();
    await vi.runAllTimersAsync();
    expect(calls, 'nothing while the page is still being parsed').toEqual([]);

    page.parsed();
    await vi.runAllTimersAsync();
    expect(calls, 'nothing before the next frame').toEqual([]);

    page.frame();
    expect(calls, 'not inside the frame itself, before it is drawn').toEqual([]);
    await vi.runAllTimersAsync();
    expect(calls).toEqual(['load', 'hydrate']);
  });

  it('waits only for the next frame when the page was parsed already', async () => {
    vi.useFakeTimers();
    const page = fakePage('interactive');
    const { calls, load } = island();
    afterPaint(load, { name: 'QuestionnaireApp', value: '' }, {} as HTMLElement);
    await vi.runAllTimersAsync();
    expect(calls).toEqual([]);
    page.frame();
    await vi.runAllTimersAsync();
    expect(calls).toEqual(['load', 'hydrate']);
  });
});
