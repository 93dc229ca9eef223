import type { CorpusInfo } from '../../lib/shared/messages/protocol';
import { formatDate } from '../../lib/shared/format/date';
import { useT } from '../shared/i18n';

export interface CorpusFooterProps {
  /** undefined while loading. */
  info: CorpusInfo | undefined;
  failed: boolean;
  locale: string;
  /** Opens the options page (a link in the footer when given). */
  onOpenOptions?(): void;
}

/** How big and how fresh the corpus is: "5 articles · newest 29 Oct 2025". */
export function CorpusFooter({ info, failed, locale, onOpenOptions }: CorpusFooterProps) {
  const t = useT();
  let text: string;
  if (failed) text = t('corpusUnavailable');
  else if (!info || info.loading) text = t('corpusLoading');
  else if (info.error) text = info.error;
  else text = t('corpusSummary', info.articles, formatDate(info.newestDate, locale));
  return (
    <footer class="bs-popup-foot">
      <span class="bs-corpus">{text}</span>
      {onOpenOptions ? (
        <button type="button" class="bs-link" onClick={onOpenOptions}>
          {t('settings')}
        </button>
      ) : null}
    </footer>
  );
}
