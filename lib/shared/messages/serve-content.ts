/**
 * The content script's side of the message layer: it answers the popup's calls
 * with only its own checks, so the page never loads the background's.
 */
import type { ContentCalls, Handlers } from './protocol';
import { serveCalls } from './serve';
import { contentValidators } from './validate-content';

/** Serve {@link ContentCalls} in a content script (the popup calls it with `callContent`). */
export function serveContent(handlers: Handlers<ContentCalls>): () => void {
  return serveCalls('content', contentValidators, handlers);
}
