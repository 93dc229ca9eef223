/**
 * The content script's calls to the background: the same sending as every
 * other context (call-core.ts), bound to the page's own calls only, so a web
 * page loads none of the other calls' schemas.
 */
import { backgroundCaller } from './call-core';
import { contentScriptCalls, controlCalls } from './page-calls';

const background = backgroundCaller({ ...controlCalls, ...contentScriptCalls });

/** Call the background from a page; resolves with a typed result, never throws, never hangs. */
export const callBackgroundResult = background.callResult;

/** Call the background from a page; rejects with a {@link CallFailure} saying why. */
export const callBackground = background.call;

export { CallFailure } from './call-failure';
