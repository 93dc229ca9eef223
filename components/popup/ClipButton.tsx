import { useState } from 'preact/hooks';
import type { ClipOutcome } from '../../lib/shared/messages/protocol';
import { clipMessage } from '../../lib/shared/reader/clip-message';

export interface ClipButtonProps {
  /** Clip the current tab's article into Backstory. */
  clip(): Promise<ClipOutcome>;
  locale: string;
}

/** "Add this article": clips the current tab and says what happened (added, already there, not an article). */
export function ClipButton({ clip, locale }: ClipButtonProps) {
  const vi = locale.toLowerCase().startsWith('vi');
  const [state, setState] = useState<'idle' | 'working' | ClipOutcome>('idle');
  const run = async () => {
    setState('working');
    setState(
      await clip().catch((err: unknown): ClipOutcome => ({
        status: 'failed',
        message: err instanceof Error ? err.message : String(err),
      })),
    );
  };
  const done = typeof state === 'object';
  return (
    <div class="bs-clip">
      <button type="button" class="bs-clip-button" onClick={run} disabled={state === 'working'}>
        {vi ? 'Thêm bài này' : 'Add this article'}
      </button>
      {done && (
        <p
          class={`bs-clip-message${state.status === 'added' ? '' : ' bs-clip-other'}`}
          role="status"
        >
          {clipMessage(state, locale)}
        </p>
      )}
    </div>
  );
}
