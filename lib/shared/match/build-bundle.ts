import type { Matcher } from './types';
import { CorpusError, throwIfAny } from '../corpus/corpus-error';
import type { Article, ArticleMention, CorpusBundle, Entity } from '../corpus/types';

/** What the bundle is built from. */
export interface BundleInput {
  articles: readonly Article[];
  entities: readonly Entity[];
  /** The matcher compiled from `entities`: the same one the content script runs. */
  matcher: Matcher;
  /**
   * A content hash as hex (the build passes SHA-256 from node:crypto). Passed
   * in so this module needs no Node API and stays runnable in a browser.
   */
  hash: (text: string) => string;
  /** The file each article came from (same order), for error messages. */
  files?: readonly string[];
}

/** Characters of the hash kept as the corpus version. */
export const VERSION_LENGTH = 12;

/**
 * Build the versioned corpus bundle: the articles (sorted by id), the
 * entities, and every mention of an entity in each article's title (paragraph
 * -1) and paragraphs, with UTF-16 offsets into that text. The version is a
 * hash of the canonical JSON of all three, so any change to the seeds, the
 * gazetteer or the matcher's findings makes the extension reload the corpus.
 * @throws CorpusError (or CorpusErrors) when articles share an id.
 */
export function buildBundle(input: BundleInput): CorpusBundle {
  checkUniqueIds(input.articles, input.files);
  const articles = [...input.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const entities = [...input.entities];
  const known = new Set(entities.map((e) => e.id));
  const mentions = articles.flatMap((a) => mentionsIn(a, input.matcher, known));
  const version = input
    .hash(canonicalJson({ schema: 1, articles, entities, mentions }))
    .slice(0, VERSION_LENGTH);
  return { schema: 1, version, articles, entities, mentions };
}

/** Every mention in one article: the title first, then the paragraphs in order. */
export function mentionsIn(
  article: Article,
  matcher: Matcher,
  known?: ReadonlySet<string>,
): ArticleMention[] {
  const texts: Array<[number, string]> = [
    [-1, article.title],
    ...article.paragraphs.map((p, i): [number, string] => [i, p]),
  ];
  // A short form counts after the person is named in full anywhere in the
  // article (as the content script does across a page), not only in its own
  // paragraph: "… Cường said." three paragraphs after "Lương Cường".
  const alreadyNamed = new Set(
    texts.flatMap(([, text]) =>
      matcher.findMentions(text).flatMap((m) => (m.rule === 'full' ? [m.entityId] : [])),
    ),
  );
  return texts.flatMap(([paragraph, text]) =>
    matcher.findMentions(text, { alreadyNamed }).map((m) => {
      if (known && !known.has(m.entityId)) {
        // The matcher was compiled from another gazetteer: a build bug, not bad input.
        throw new Error(`matcher found entity "${m.entityId}", which is not in the gazetteer`);
      }
      return {
        articleId: article.id,
        entityId: m.entityId,
        paragraph,
        start: m.start,
        end: m.end,
        surface: m.surface,
        rule: m.rule,
      };
    }),
  );
}

function checkUniqueIds(articles: readonly Article[], files: readonly string[] | undefined): void {
  const firstFile = new Map<string, string>();
  const errors: CorpusError[] = [];
  articles.forEach((a, i) => {
    const file = files?.[i] ?? `article #${i + 1}`;
    const first = firstFile.get(a.id);
    if (first === undefined) firstFile.set(a.id, file);
    else
      errors.push(new CorpusError(file, 1, `duplicate article id "${a.id}" (also from ${first})`));
  });
  throwIfAny(errors);
}

/**
 * JSON with object keys sorted at every level and no white space, so equal
 * data always hashes equally whatever order its keys were built in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
