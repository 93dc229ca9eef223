import { useState } from 'preact/hooks';
import type { MatchRule } from '../../lib/shared/corpus/types';
import type { MessageKey } from '../../lib/shared/i18n/catalogs';
import { useT } from '../shared/i18n';

export interface CardFooterProps {
  why: { surface: string; alias: string; rule: MatchRule };
  onNotOnThisSite(): void;
  /** "Hide this name" (not offered when absent). */
  onHideName?(): void;
}

/** How each matching rule reads in "why highlighted". */
export const RULE_KEYS: Record<MatchRule, MessageKey> = {
  full: 'ruleFull',
  title: 'ruleTitle',
  'after-full': 'ruleAfterFull',
  distinctive: 'ruleDistinctive',
};

/** "Why highlighted" (opens the alias and rule that matched), "Hide this name" and "Not on this site". */
export function CardFooter({ why, onNotOnThisSite, onHideName }: CardFooterProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const rule = t(RULE_KEYS[why.rule]);
  return (
    <footer class="bs-card-foot">
      <div class="bs-foot-actions">
        <button type="button" class="bs-link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('whyHighlighted')}
        </button>
        {onHideName ? (
          <button type="button" class="bs-link" onClick={onHideName}>
            {t('hideThisName')}
          </button>
        ) : null}
        <button type="button" class="bs-link" onClick={onNotOnThisSite}>
          {t('notOnThisSite')}
        </button>
      </div>
      {open ? (
        <p class="bs-why">
          {why.surface === why.alias
            ? t('whyTextSame', why.surface, rule)
            : t('whyTextAlias', why.surface, why.alias, rule)}
        </p>
      ) : null}
    </footer>
  );
}
