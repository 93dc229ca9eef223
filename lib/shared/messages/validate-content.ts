import type { ContentCalls } from './protocol';
import { fields, isId, no, ok, type Validators } from './validate-common';

/** Validators for the calls a content script answers. */
export const contentValidators: Validators<ContentCalls> = {
  pageEntities(v) {
    const f = fields(v, []);
    return typeof f === 'string' ? no(f) : ok({});
  },
  // Reader controls.
  focusMention(v) {
    const f = fields(v, ['direction', 'entityId']);
    if (typeof f === 'string') return no(f);
    if (f.direction !== 'next' && f.direction !== 'previous')
      return no('direction must be "next" or "previous"');
    if (f.entityId !== undefined && !isId(f.entityId)) return no('entityId must be an id');
    return ok({ direction: f.direction, entityId: f.entityId });
  },
};
