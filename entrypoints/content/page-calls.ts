/**
 * The page's matching calls to Backstory's own background, as
 * `page-matching.ts` wants them: null when it did not answer in time (the
 * page then stays as it is and tries again later).
 */
import { callBackgroundResult } from '../../lib/shared/messages/content-script-client';
import type { PageCalls } from '../../lib/content/page-matching';

/** How long the page waits for the background: a woken one loads its tables in well under this. */
export const PAGE_CALL_TIMEOUT_MS = 10_000;

export const pageCalls: PageCalls = {
  async sift(token, texts) {
    const r = await callBackgroundResult(
      'siftPage',
      { token, texts },
      { timeoutMs: PAGE_CALL_TIMEOUT_MS },
    );
    return r.ok ? r.value.at : null;
  },
  async matchText(texts, runs, alreadyNamed) {
    const r = await callBackgroundResult(
      'matchText',
      { texts, runs, alreadyNamed },
      { timeoutMs: PAGE_CALL_TIMEOUT_MS },
    );
    return r.ok ? r.value.match : null;
  },
  async match(token, runs, alreadyNamed) {
    const r = await callBackgroundResult(
      'matchPage',
      { token, runs, alreadyNamed },
      { timeoutMs: PAGE_CALL_TIMEOUT_MS },
    );
    if (!r.ok) return null;
    return 'expired' in r.value ? 'expired' : r.value.match;
  },
};
