import Dexie, { type EntityTable, type Table } from 'dexie';
import { upgradeToRowsPerArticle } from './upgrade-v3';
import { upgradeToReaderRows } from './upgrade-v4';
import type { Entity } from '../../shared/corpus/types';

// The row shapes live in a leaf (shared/rows.ts) so that upgrades and row builders need not import the database.
export type * from '../../shared/rows';
import type {
  StoredArticle,
  EntityArticles,
  EntityLink,
  CorpusMeta,
  ReaderRecord,
  ImportRecord,
  StoredTables,
  ReaderEntity,
} from '../../shared/rows';

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
    // Reader articles: additive, so a version-1 store upgrades without touching a row.
    this.version(2).stores({ reader: 'id, url, hash, addedAt' });
    // Fewer rows, faster loads: mentions move into article rows, bundled links into
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
