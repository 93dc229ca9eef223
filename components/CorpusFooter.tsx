import type { CorpusInfo } from '../lib/messages/protocol';
import { formatDate } from '../lib/format/date';
import { POPUP_STRINGS } from './popup-strings';

export interface CorpusFooterProps {
  /** undefined while loading. */
  info: CorpusInfo | undefined;
  failed: boolean;
  locale: string;
}

/** How big and how fresh the corpus is: "5 articles · newest 29 Oct 2025". */
export function CorpusFooter({ info, failed, locale }: CorpusFooterProps) {
  let text: string;
  if (failed) text = POPUP_STRINGS.corpusUnavailable;
  else if (!info || info.loading) text = POPUP_STRINGS.corpusLoading;
  else if (info.error) text = info.error;
  else text = POPUP_STRINGS.corpusSummary(info.articles, formatDate(info.newestDate, locale));
  return <footer class="bs-popup-foot">{text}</footer>;
}
