import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Article, ArticleMention, ArticleOrigin, Entity } from '../corpus/types';

/** A mention as stored: tagged with its article's origin so a corpus update can drop bundled rows in one range. */
export interface StoredMention extends ArticleMention {
  origin: ArticleOrigin;
}

/**
 * One row per (entity, article) pair: what the hover card needs without
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
  mentions: number;
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

export type MentionKey = [articleId: string, paragraph: number, start: number, entityId: string];

/** The name of the extension's one IndexedDB database. */
export const DATABASE_NAME = 'backstory';

/**
 * The background's database. Every `version()` stays here forever: a browser
 * may hold any earlier one, and Dexie upgrades through them in order.
 */
export class BackstoryDatabase extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  entities!: EntityTable<Entity, 'id'>;
  mentions!: Table<StoredMention, MentionKey>;
  links!: Table<EntityLink, [string, string]>;
  meta!: EntityTable<CorpusMeta, 'key'>;
  reader!: EntityTable<ReaderRecord, 'id'>;

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
  }
}
