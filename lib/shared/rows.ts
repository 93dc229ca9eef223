/**
 * The shapes of the rows the background stores: articles with their
 * mentions, links, the corpus's meta, reader articles, imports, the matcher's
 * tables and learned names. A leaf: the database, its upgrades and the code
 * that prepares rows all read them from here.
 */
import type { Article, ArticleMention, ArticleOrigin, Entity } from './corpus/types';
import type { PackedTables } from './match/packed-tables';

/** A mention as stored inside its article's row (the row holds the article id). */
export type RowMention = Omit<ArticleMention, 'articleId'>;

/**
 * An article row: the article plus its mentions. One row per article because
 * IndexedDB writes cost per row, whatever the row holds: mentions inside their
 * article's row load many times faster than a row per mention.
 */
export interface StoredArticle extends Article {
  mentions?: RowMention[];
  /** On the reader's own articles only (so the indexes on it hold theirs alone). */
  reader?: ReaderFields;
}

/**
 * What de-duplication and the options list need of a reader article, kept in
 * its row: one row written per article, since in Chromium each row costs the
 * same whatever it holds.
 */
export interface ReaderFields {
  /** The normalised page address; absent for a `.txt` import without one (so the index skips it). */
  url?: string;
  /** SHA-256 of the article's content text (lib/shared/reader/identity.ts). */
  hash: string;
  /** When the reader added it, in ms since the epoch: the list is newest first. */
  addedAt: number;
}

/**
 * Every bundled article that mentions one entity, in one row: parallel arrays,
 * newest first, undated (`sortDate` '') last. Reader articles keep one
 * {@link EntityLink} row each in `links`, so a corpus update never rewrites them.
 */
export interface EntityArticles {
  entityId: string;
  articleIds: string[];
  sortDates: string[];
}

/**
 * One row per (entity, reader article) pair (bundled pairs live in {@link EntityArticles}): what the hover card needs without
 * reading every mention. `sortDate` is the article's date, or '' when it has
 * none, so that `[entityId+sortDate]` read in reverse is "newest first, undated last".
 */
export interface EntityLink {
  entityId: string;
  articleId: string;
  sortDate: string;
  origin: ArticleOrigin;
  /** The mention the card quotes: the first in the body, else the one in the title. */
  first: { paragraph: number; start: number; end: number };
}

/** What was loaded, written in the same transaction as the rows it describes. */
export interface CorpusMeta {
  key: 'corpus';
  version: string;
  /** Row counts of the bundled corpus, to notice a store that lost or gained rows behind our back. */
  articles: number;
  entities: number;
  /** Rows in `entityArticles` (version 3; a version-2 meta row lacks it, so the corpus reloads). */
  entityArticles: number;
  loadedAt: number;
}

/** A reader article's bookkeeping with its id (its own row up to version 3, now inside the article row). */
export interface ReaderRecord extends ReaderFields {
  id: string;
}

/** Where an import stands, written when it starts and, in the same transaction as its articles, when it is stored. */
export interface ImportRecord {
  id: string;
  /** The files it came from, as the reader picked them. */
  source: string;
  /** Items sent to be stored. */
  total: number;
  startedAt: number;
  /** `running` until stored, cancelled or failed; a `running` import no worker holds was cut off. */
  state: 'running' | 'done' | 'cancelled' | 'failed';
  added?: number;
  skipped?: number;
  finishedAt?: number;
  /** An options page has shown its outcome. */
  reported: boolean;
}

/**
 * The matcher's compiled tables, kept as data (every column in one buffer,
 * `packed-tables.ts`): a woken background matches from them without compiling again.
 * Two rows, read as one matcher (`layered.ts`): the corpus's names (`matcher`,
 * compiled when the corpus changes) and the reader's (`reader-names`, compiled
 * again when an article the reader adds or deletes changes them).
 */
export interface StoredTables {
  key: 'matcher' | 'reader-names';
  packed: PackedTables;
}

/** A name found in the reader's own articles, with the ids of the articles that name it. */
export interface ReaderEntity extends Entity {
  origin: 'reader';
  support: string[];
}
