// The compare store's actions, without a browser: what opens, and what is asked of the storage and
// how its answer is shown. The reactions that carry the requests out are covered by compare.test.ts.
import { beforeEach, describe, expect, test } from 'vitest';
import { encodeShareCode } from '../../../src/lib/questionnaire';
import { encodeComparison } from '../../../src/lib/compare/comparison-link';
import { serializeSavedComparison } from '../../../src/lib/compare/saved-comparison';
import {
  $hasSaved,
  $link,
  $mode,
  $saveStatus,
  $savedNotice,
  $storageRequest,
  $team,
  deleteSavedComparison,
  openCompare,
  saveComparison,
  storageDone,
} from '../../../src/stores/compare';
import { answersWith, questionnaire } from '../questionnaire/support';

const entry = (overrides: Record<string, string>, label: string) => {
  const answers = answersWith(overrides);
  return { code: encodeShareCode(questionnaire, answers), answers, label };
};
const link = encodeComparison('team', [entry({}, 'Sponsor'), entry({ sponsor: 'doubtful' }, 'Junior')]);
const address = 'https://example.org/compare/';

beforeEach(() => {
  $team.set([]);
  $mode.set('team');
  $savedNotice.set(undefined);
  $storageRequest.set(undefined);
  $saveStatus.set('idle');
});

describe('opening the compare page', () => {
  test('a comparison link in the address wins over the saved comparison and builds the link from the address', () => {
    const saved = serializeSavedComparison(encodeComparison('team', [entry({}, 'Other'), entry({}, 'Two')]));
    openCompare(questionnaire, { address, hash: link, saved });
    expect($team.get().map((e) => e.label)).toEqual(['Sponsor', 'Junior']);
    expect($hasSaved.get()).toBe(true);
    expect($savedNotice.get()).toBeUndefined();
    expect($link.get().url.startsWith(address)).toBe(true);
  });

  test('a saved comparison opens with a notice when the address holds none', () => {
    openCompare(questionnaire, { address, hash: '', saved: serializeSavedComparison(link) });
    expect($team.get()).toHaveLength(2);
    expect($savedNotice.get()).toBe('opened');
    expect($storageRequest.get()).toBeUndefined();
  });

  test('a saved comparison that cannot be read is asked to be discarded, with a notice', () => {
    openCompare(questionnaire, { address, hash: '', saved: '{"schemaVersion":1,' });
    expect($team.get()).toEqual([]);
    expect($savedNotice.get()).toBe('unreadable');
    expect($storageRequest.get()).toEqual({ kind: 'discard' });
    storageDone({ kind: 'discard' }, true);
    expect($hasSaved.get()).toBe(false);
  });
});

describe('saving and deleting', () => {
  test('save asks the storage to keep the comparison on show, and says saved only when it reached it', () => {
    openCompare(questionnaire, { address, hash: link, saved: undefined });
    saveComparison();
    const request = $storageRequest.get();
    expect(request?.kind === 'save' && JSON.parse(request.text)).toMatchObject({ link });
    storageDone(request!, false);
    expect([$saveStatus.get(), $hasSaved.get()]).toEqual(['not-saving', false]);
    storageDone(request!, true);
    expect([$saveStatus.get(), $hasSaved.get()]).toEqual(['saved', true]);
  });

  test('a delete the storage refused leaves the saved comparison listed', () => {
    openCompare(questionnaire, { address, hash: '', saved: serializeSavedComparison(link) });
    deleteSavedComparison();
    expect($savedNotice.get()).toBeUndefined();
    storageDone({ kind: 'delete' }, false);
    expect([$saveStatus.get(), $hasSaved.get()]).toEqual(['not-saving', true]);
    storageDone({ kind: 'delete' }, true);
    expect([$saveStatus.get(), $hasSaved.get()]).toEqual(['deleted', false]);
  });
});
