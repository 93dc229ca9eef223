import { BackstoryDatabase } from '../../../../lib/db/database';

let n = 0;

/** A database of its own for one test (fake-indexeddb is shared by the whole file). */
export function freshDatabase(): BackstoryDatabase {
  n += 1;
  return new BackstoryDatabase(`backstory-test-${Date.now()}-${n}`);
}
