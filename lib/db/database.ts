import Dexie, { type EntityTable, type Table } from 'dexie';
import { upgradeToRowsPerArticle } from './upgrade-v3';
import { upgradeToReaderRows } from './upgrade-v4';
import type { Article, ArticleMention, ArticleOrigin, Entity } from '../corpus/types';
import type { PackedTables } from '../match/packed-tables';

/** A mention as stored inside its article's row (the row holds the article id). */
export type RowMention = Omit<ArticleMention, 'articleId'>;

/**
 * An article row: the article plus its mentions. One row per article because
 * IndexedDB writes cost per row (~0.1 ms in Chromium's worker): 30,000 mention
 * rows took seconds to load, the same mentions inside 10,000 article rows almost nothing.
 */
export interface StoredArticle extends Article {
  mentions?: RowMention[];
  /** On the reader's own articles only (so the indexes on it hold theirs alone). */
  reader?: ReaderFields;
}

/**
 * What de-duplication and the options list need of a reader article, kept in
 * its row: one row written per article, since in Chromium each row costs the
 * same whatever it holds (10,000 articles in 30,000+ rows took 11 s to import).
 */
export interface ReaderFields {
  /** The normalised page address; absent for a `.txt` import without one (so the index skips it). */
  url?: string;
  /** SHA-256 of the article's content text (lib/reader-articles/identity.ts). */
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
 */
export interface StoredTables {
  key: 'matcher';
  packed: PackedTables;
}

/** A name found in the reader's own articles, with the ids of the articles that name it. */
export interface ReaderEntity extends Entity {
  origin: 'reader';
  support: string[];
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
  /** Emptied in version 4 (into `readerLinks`); declared so the upgrades can read it. */
  links!: Table<EntityLink, [string, string]>;
  entityArticles!: EntityTable<EntityArticles, 'entityId'>;
  /** The reader's articles per entity, in the shape of `entityArticles` (a corpus load never touches it). */
  readerLinks!: EntityTable<EntityArticles, 'entityId'>;
  meta!: EntityTable<CorpusMeta, 'key'>;
  /** Emptied in version 4 (into the article rows); declared so the upgrade can read it. */
  reader!: EntityTable<ReaderRecord, 'id'>;
  imports!: EntityTable<ImportRecord, 'id'>;
  matcherTables!: EntityTable<StoredTables, 'key'>;
  /** Names learned from the reader's articles (lib/background/reader-names.ts); a corpus load keeps them. */
  readerEntities!: EntityTable<ReaderEntity, 'id'>;

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
    // Imports at scale: a reader article is one row (its bookkeeping inside, its links one row per
    // entity), and each import is journalled so an options page can say what became of it. The
    // matcher's tables, compiled in the background, are kept beside the corpus.
    this.version(4)
      .stores({
        articles: 'id, date, origin, reader.url, reader.hash, reader.addedAt',
        readerLinks: 'entityId',
        imports: 'id, startedAt',
        matcherTables: 'key',
        readerEntities: 'id',
      })
      .upgrade((tx) => upgradeToReaderRows(tx));
  }
}
