/**
 * The content script's side of the message layer: it answers the popup's calls,
 * checked by their schemas.
 */
import { contentCalls, type ContentCalls, type Handlers } from './protocol';
import { serveCalls } from './serve';

/** Serve {@link ContentCalls} in a content script (the popup calls it with `callContent`). */
export function serveContent(handlers: Handlers<ContentCalls>): () => void {
  return serveCalls('content', contentCalls, handlers);
}
