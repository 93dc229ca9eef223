/**
 * Related articles per entity, asked of the background once per page view:
 * hovering the same name again opens its card at once. Failures are not
 * kept, so "try again" really asks again.
 */
import type { BackgroundCalls } from '../../lib/shared/messages/protocol';

type Related = BackgroundCalls['relatedArticles']['response'];

export function cacheRelated(
  load: (entityId: string) => Promise<Related>,
): (entityId: string) => Promise<Related> {
  const cache = new Map<string, Promise<Related>>();
  return (entityId) => {
    let p = cache.get(entityId);
    if (!p) {
      p = load(entityId);
      cache.set(entityId, p);
      p.catch(() => cache.delete(entityId));
    }
    return p;
  };
}
