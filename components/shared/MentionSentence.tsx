import { segmentText } from '../../lib/shared/format/segments';

export interface MentionSentenceProps {
  sentence: string;
  /** Where the mention sits in `sentence` (UTF-16, end exclusive); nothing is bold without it. */
  highlight?: { start: number; end: number };
  /** The CSS class of the block (a card sentence, a search snippet). */
  class?: string;
  lang?: string;
}

/** A sentence with the mention (or matched word) in bold, built from offsets: text nodes only, never HTML. */
export function MentionSentence({
  sentence,
  highlight,
  class: className = 'bs-sentence',
  lang,
}: MentionSentenceProps) {
  const parts = segmentText(sentence, highlight ? [{ ...highlight, data: true }] : []);
  return (
    <span class={className} lang={lang}>
      {parts.map((p, i) => (p.mark ? <strong key={i}>{p.text}</strong> : p.text))}
    </span>
  );
}
