// The matching helper's Web Worker: matches a large list off the page, so the page stays responsive
// and shows that it is busy. Started by src/stores/matching-reactions.ts; the same runMatching as the
// page, so the result is the same. Allowed by the Content-Security-Policy's worker-src 'self'.

import { runMatching } from '../lib/matching/run';
import type { WorkerAnswer, WorkerRequest } from './matching-reactions';

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { id, catalogue, job } = event.data;
  const answer: WorkerAnswer = { id, result: runMatching(catalogue, job) };
  self.postMessage(answer);
});
