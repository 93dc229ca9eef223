import { checkReaderItem, type ReaderArticleItem } from './reader-item';

/** Marks a Backstory export, so a random JSON file is refused by name rather than by its fields. */
export const EXPORT_FORMAT = 'backstory-reader-export';
/** The export schema this build writes and reads. Bump it when the shape changes; keep reading old ones. */
export const EXPORT_SCHEMA = 1;
/** Most articles one file may hold (well above the 10,000 that must work). */
export const MAX_EXPORT_ARTICLES = 200_000;

/** The one JSON file a reader exports and imports. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  schema: typeof EXPORT_SCHEMA;
  exportedAt: string;
  articles: ReaderArticleItem[];
  /** The reader's settings as the settings module stores them, when there is one. */
  settings?: Record<string, unknown>;
}

/** An article of the file that cannot be imported, and why. */
export interface ItemProblem {
  /** Position in the file's `articles` (0-based), or the file name for text imports. */
  where: number | string;
  /** The item's title when it has one, to help the reader find it. */
  title?: string;
  reason: string;
}

/** What a file holds: every good item, every bad one with its reason, and the settings. */
export interface ParsedImport {
  items: ReaderArticleItem[];
  problems: ItemProblem[];
  settings?: Record<string, unknown>;
}

/** Build the export file for `articles` (and `settings` when given). */
export function buildExportFile(
  articles: ReaderArticleItem[],
  settings: Record<string, unknown> | undefined,
  now: Date,
): ExportFile {
  return {
    format: EXPORT_FORMAT,
    schema: EXPORT_SCHEMA,
    exportedAt: now.toISOString(),
    articles,
    ...(settings ? { settings } : {}),
  };
}

/** Thrown when a file as a whole cannot be read: nothing from it is imported. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function titleOf(v: unknown): string | undefined {
  return isRecord(v) && typeof v.title === 'string' ? v.title.slice(0, 120) : undefined;
}

/**
 * Read an export file. The file as a whole must be JSON, say it is a Backstory
 * export and have a schema this build knows (else {@link ImportFileError});
 * each article is then checked on its own, so one bad article is reported
 * with its reason and the good ones still import.
 */
export function parseExportFile(text: string): ParsedImport {
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ImportFileError(`The file is not valid JSON (${(err as Error).message}).`);
  }
  if (!isRecord(root) || root.format !== EXPORT_FORMAT)
    throw new ImportFileError('The file is not a Backstory export.');
  if (root.schema !== EXPORT_SCHEMA)
    throw new ImportFileError(
      `The file uses export schema ${JSON.stringify(root.schema)}; this version of Backstory reads schema ${EXPORT_SCHEMA}.`,
    );
  if (!Array.isArray(root.articles)) throw new ImportFileError('The file has no list of articles.');
  if (root.articles.length > MAX_EXPORT_ARTICLES)
    throw new ImportFileError(`The file holds more than ${MAX_EXPORT_ARTICLES} articles.`);
  if (root.settings !== undefined && !isRecord(root.settings))
    throw new ImportFileError('The settings in the file are not an object.');
  const items: ReaderArticleItem[] = [];
  const problems: ItemProblem[] = [];
  root.articles.forEach((value: unknown, where) => {
    const checked = checkReaderItem(value);
    if (checked.ok) items.push(checked.item);
    else problems.push({ where, title: titleOf(value), reason: checked.reason });
  });
  return { items, problems, ...(root.settings ? { settings: root.settings } : {}) };
}

/** What an import stored; `skipped` are staged items not stored (duplicates), by staged position. */
export interface ImportOutcome {
  added: number;
  skipped: ItemProblem[];
}
