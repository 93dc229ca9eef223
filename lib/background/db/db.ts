import { BackstoryDatabase } from './database';

let instance: BackstoryDatabase | undefined;

/**
 * The background's single database instance, made on first use. Dexie (≥ 4.2.1)
 * reopens it by itself if the browser closes it, for example when it is deleted
 * while the extension runs, so one instance for the worker's life is safe.
 * Tests make their own `new BackstoryDatabase(uniqueName)` instead.
 */
export function getDatabase(): BackstoryDatabase {
  instance ??= new BackstoryDatabase();
  return instance;
}
