import type { BackgroundCalls, Handlers } from './protocol';
import { serveCalls } from './serve';
import { backgroundValidators } from './validate-request';

/** Serve {@link BackgroundCalls} in the background. */
export function serveBackground(handlers: Handlers<BackgroundCalls>): () => void {
  return serveCalls('background', backgroundValidators, handlers);
}
