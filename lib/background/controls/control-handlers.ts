/**
 * The background's answers to the reader-control calls: the entity list for
 * the popup and the toolbar badge of the tab that reports its mention count.
 */
import type {
  CallContext,
  ControlCalls,
  EntityView,
  Handlers,
} from '../../shared/messages/protocol';
import type { Settings } from '../../shared/settings/settings';

export interface ControlDeps {
  listEntities(): Promise<EntityView[]>;
  loadSettings(): Promise<Settings>;
  /** Put `text` on the toolbar badge of tab `tabId` ('' clears it). */
  setBadge(tabId: number, text: string): Promise<void>;
}

/** The badge for a mention count: nothing when off or zero, `99+` past two digits. */
export function badgeText(count: number, enabled: boolean): string {
  if (!enabled || count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** Handlers for every {@link ControlCalls} call. */
export function createControlHandlers(deps: ControlDeps): Handlers<ControlCalls> {
  return {
    async entities() {
      return { entities: await deps.listEntities() };
    },
    async pageMentions({ count }, context: CallContext) {
      const badge = badgeText(count, (await deps.loadSettings()).badge);
      if (context.tabId !== undefined) await deps.setBadge(context.tabId, badge);
      return { badge };
    },
  };
}
