import { withArticleMeta } from '../shared/corpus/article-meta';
import { corpusErrorsOf } from '../shared/corpus/corpus-error';
import { articleId, parseArticle } from '../shared/corpus/parse-article';
import type { ItemProblem, ParsedImport } from '../shared/reader/export-file';
import { checkReaderItem, type ReaderArticleItem } from '../shared/reader/reader-item';
import { articleItem } from '../shared/reader/prepare-article';

/** One file the reader picked (or one file of a picked folder). */
export interface PickedFile {
  /** The name, or the path inside the folder. */
  name: string;
  bytes: Uint8Array;
}

function reasonOf(err: unknown): string {
  const errors = corpusErrorsOf(err);
  if (errors) return errors.map((e) => e.message).join('; ');
  return err instanceof Error ? err.message : String(err);
}

/**
 * Read `.txt` articles in the seeds' format (README "Add articles"), with the
 * same parser the corpus build uses, and a `<stem>.meta.json` beside one when
 * there is (for a date, title, source or url). Each file that cannot be read
 * is reported with the parser's `file:line: reason`; other files are ignored.
 */
export function itemsFromTextFiles(files: readonly PickedFile[], now: Date): ParsedImport {
  const metaByStem = new Map(
    files
      .filter((f) => f.name.endsWith('.meta.json'))
      .map((f) => [articleId(f.name.replace(/\.meta\.json$/, '.txt')), f]),
  );
  const items: ReaderArticleItem[] = [];
  const problems: ItemProblem[] = [];
  for (const file of files.filter((f) => f.name.toLowerCase().endsWith('.txt'))) {
    try {
      let article = parseArticle(file.name, file.bytes, 'reader');
      const meta = metaByStem.get(articleId(file.name));
      if (meta) article = withArticleMeta(article, meta.name, new TextDecoder().decode(meta.bytes));
      const checked = checkReaderItem(articleItem(article, now.toISOString()));
      if (checked.ok) items.push(checked.item);
      else problems.push({ where: file.name, title: article.title, reason: checked.reason });
    } catch (err) {
      problems.push({ where: file.name, reason: reasonOf(err) });
    }
  }
  return { items, problems };
}
