import Dexie, { type EntityTable, type Table } from 'dexie';
import { upgradeToRowsPerArticle } from './upgrade-v3';
import type { Article, ArticleMention, ArticleOrigin, Entity } from '../corpus/types';
import type { MatcherTables } from '../match/tables';

/** A mention as stored inside its article's row (the row holds the article id). */
export type RowMention = Omit<ArticleMention, 'articleId'>;

/**
 * An article row: the article plus its mentions. One row per article because
 * IndexedDB writes cost per row (~0.1 ms in Chromium's worker): 30,000 mention
 * rows took seconds to load, the same mentions inside 10,000 article rows almost nothing.
 */
export interface StoredArticle extends Article {
  mentions?: RowMention[];
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

/**
 * Bookkeeping for one reader-added article (its row is in `articles` with
 * origin 'reader'): what de-duplication and the options list need.
 */
export interface ReaderRecord {
  id: string;
  /** The normalised page address; absent for a `.txt` import without one (so the index skips it). */
  url?: string;
  /** SHA-256 of the article's content text (lib/reader-articles/identity.ts). */
  hash: string;
  /** When the reader added it, in ms since the epoch: the list is newest first. */
  addedAt: number;
}

/**
 * The matcher's compiled tables, kept as data (typed arrays and one string
 * pool): a woken background matches from them without compiling again.
 */
export interface StoredTables {
  key: 'matcher';
  tables: MatcherTables;
}

/** The name of the extension's one IndexedDB database. */
export const DATABASE_NAME = 'backstory';

/**
 * The background's database. Every `version()` stays here forever: a browser
 * may hold any earlier one, and Dexie upgrades through them in order.
 */
export class BackstoryDatabase extends Dexie {
  articles!: EntityTable<StoredArticle, 'id'>;
  entities!: EntityTable<Entity, 'id'>;
  /** Reader articles' links only (bundled ones moved to `entityArticles` in version 3). */
  links!: Table<EntityLink, [string, string]>;
  entityArticles!: EntityTable<EntityArticles, 'entityId'>;
  meta!: EntityTable<CorpusMeta, 'key'>;
  reader!: EntityTable<ReaderRecord, 'id'>;
  matcherTables!: EntityTable<StoredTables, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      articles: 'id, date, origin',
      entities: 'id, kind',
      mentions: '[articleId+paragraph+start+entityId], articleId, entityId, origin',
      links: '[entityId+articleId], [entityId+sortDate], articleId, origin',
      meta: 'key',
    });
    // Reader articles (issue 7): additive, so a version-1 store upgrades without touching a row.
    this.version(2).stores({ reader: 'id, url, hash, addedAt' });
    // Fewer rows, faster loads (issue 4): mentions move into article rows, bundled links into
    // one row per entity. The `mentions` table stays declared (emptied) so the upgrade can read it.
    this.version(3)
      .stores({ entityArticles: 'entityId' })
      .upgrade((tx) => upgradeToRowsPerArticle(tx));
    // The matcher's tables, compiled in the background: additive, filled at the next corpus check.
    this.version(4).stores({ matcherTables: 'key' });
  }
}
