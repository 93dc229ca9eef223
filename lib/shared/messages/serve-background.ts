import { backgroundCalls, type BackgroundCalls, type Handlers } from './protocol';
import { serveCalls } from './serve';

/** Serve {@link BackgroundCalls} in the background. */
export function serveBackground(handlers: Handlers<BackgroundCalls>): () => void {
  return serveCalls('background', backgroundCalls, handlers);
}
