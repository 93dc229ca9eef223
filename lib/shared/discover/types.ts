import type { Language } from '../corpus/types';

/** The kinds of entity discovery finds. */
export type DiscoveredKind = 'leader' | 'agreement' | 'event';

/**
 * One name an article gives a leader, an agreement or an event, with what the
 * text says about it. Plain data: candidates are computed once per article
 * and merged across articles (`mergeEntities`).
 */
export interface Candidate {
  kind: DiscoveredKind;
  /** The name as written (NFC): `Lee Jae Myung`, `Hiệp định thương mại đối ứng`. */
  name: string;
  language: Language;
  articleId: string;
  /** The sentence it was found in. */
  evidence: string;
  /** Leaders: the title written before the name, with its country (`RoK President`). */
  title?: string;
  /** Leaders: the office of that title (`president`). */
  office?: string;
  /** ISO code (or `ASEAN`, `UN`, …) the title or name ties it to. */
  country?: string;
  /** Leaders: a one-word name after a title (`President Cường`): a short form of someone named in full. */
  single?: boolean;
  /** Agreements and events: the name without its parties, year and edition, in English when known. */
  base?: string;
  /** Agreements: the countries it binds, as the text says. */
  parties?: string[];
  /** Events: the edition's year (written, or the article's). */
  year?: number;
  /** Events: the edition's ordinal (`31st` → 31). */
  edition?: number;
  /** An abbreviation the text defines for it: `(MRT 31)`, `(UNCLOS)`. */
  abbreviation?: string;
  /** Events: the organiser's acronym (`APEC`), which with the year names a summit. */
  organiser?: string;
  /** Events: a leaders' meeting (summit, leaders' week): one per organiser and year. */
  summit?: boolean;
}

/** What discovery needs to know about an article. */
export interface ArticleText {
  id: string;
  language: Language;
  /** ISO date or null: an undated event takes no year from it. */
  date: string | null;
  title: string;
  paragraphs: readonly string[];
}
