import { BackstoryDatabase } from '../../../../../lib/background/db/database';

let n = 0;

/** A database of its own for one test (fake-indexeddb is shared by the whole file). */
export function freshDatabase(): BackstoryDatabase {
  n += 1;
  return new BackstoryDatabase(`backstory-test-${Date.now()}-${n}`);
}

/** Every stored mention, as the article rows hold them, tagged with their article's id and origin. */
export async function storedMentions(db: BackstoryDatabase) {
  const rows = await db.articles.toArray();
  return rows.flatMap((a) =>
    (a.mentions ?? []).map((m) => ({ ...m, articleId: a.id, origin: a.origin })),
  );
}
