import { useState } from 'preact/hooks';
import type { MatchRule } from '../lib/corpus/types';
import { RULE_LABELS, STRINGS } from './strings';

export interface CardFooterProps {
  why: { surface: string; alias: string; rule: MatchRule };
  onNotOnThisSite(): void;
}

/** "Why highlighted" (opens the alias and rule that matched) and "Not on this site". */
export function CardFooter({ why, onNotOnThisSite }: CardFooterProps) {
  const [open, setOpen] = useState(false);
  return (
    <footer class="bs-card-foot">
      <div class="bs-foot-actions">
        <button type="button" class="bs-link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {STRINGS.whyHighlighted}
        </button>
        <button type="button" class="bs-link" onClick={onNotOnThisSite}>
          {STRINGS.notOnThisSite}
        </button>
      </div>
      {open ? (
        <p class="bs-why">{STRINGS.whyText(why.surface, why.alias, RULE_LABELS[why.rule])}</p>
      ) : null}
    </footer>
  );
}
