/**
 * The corpus records shared by the build, the database and the UI.
 * Everything here is plain serialisable data: it crosses the message layer.
 */

export type Language = 'en' | 'vi';

export const LANGUAGES: readonly Language[] = ['en', 'vi'];

export type EntityKind = 'leader' | 'agreement' | 'event' | 'organisation';

/** Every kind, in the order the options page lists them. */
export const ENTITY_KINDS: readonly EntityKind[] = ['leader', 'agreement', 'event', 'organisation'];

/** A string in both interface languages. */
export interface Bilingual {
  en: string;
  vi: string;
}

/** A leader, agreement or event: from the reviewed file (`seeds/gazetteer.json`) or discovered in the articles. */
export interface Entity {
  /** Stable kebab-case id, e.g. `luong-cuong`. */
  id: string;
  kind: EntityKind;
  name: Bilingual;
  role: Bilingual;
  /** ISO 3166-1 alpha-2 code, or a short label for multilateral things (`ASEAN`, `APEC`, `UN`). */
  country: string;
  /** Full forms that count wherever they appear (the matcher folds accents, case and hyphens). */
  aliases: string[];
  /** Forms that are ambiguous alone (`Trump`, `Cường`): they count only under the matcher's short-form rules. */
  shortForms?: string[];
  /** Titles that, written right before a short form, make it count (`President`, `Chủ tịch nước`). */
  titles?: string[];
  /** Words that, right after a short form, mean it is something else (`card` after `Trump`). */
  notBefore?: string[];
  /** How case matters: `name` wants capitalised words (people), `phrase` ignores case (agreements). */
  caseRule?: 'name' | 'phrase';
  /** Short forms that count alone, with no title or full mention (`Trump`); absent: the matcher's policy. */
  distinctive?: string[];
  /** Words one of which a page must show for the entity to count (a generic agreement name); absent: the policy. */
  context?: string[];
  /**
   * Whether a person wrote it into the reviewed file, the build found it in the corpus's articles, or
   * the background found it in the reader's own articles.
   */
  origin?: 'reviewed' | 'discovered' | 'reader';
  /** How many articles name it, as discovery counted them. */
  articleCount?: number;
  /** One sentence of the corpus that names it. */
  evidence?: string;
}

/** Where an article came from: shipped in the bundle, or added by the reader. */
export type ArticleOrigin = 'bundled' | 'reader';

export interface Article {
  /** Seed file stem (`000_c961ee9bcf92460b`) or a reader-article id. */
  id: string;
  /** ISO date `YYYY-MM-DD`, or null when the source gives none: never invented. */
  date: string | null;
  title: string;
  language: Language;
  /** Dateline place as written (`GYEONGJU`, `HÀ NỘI`), or null. */
  place: string | null;
  /** Source signature (`VNS`, `VNA/VNS`), or null. */
  source: string | null;
  /** Author line (`Như Tâm`), or null. */
  author: string | null;
  /** Body paragraphs, without the header, title and signature lines. */
  paragraphs: string[];
  origin: ArticleOrigin;
  /** Page address for reader-added articles. */
  url?: string;
}

/** How a mention was recognised, so the UI can say why it is highlighted. */
export type MatchRule = 'full' | 'title' | 'after-full' | 'distinctive';

/** Every rule; page matching sends a rule as its place in this list. */
export const MATCH_RULES: readonly MatchRule[] = ['full', 'title', 'after-full', 'distinctive'];

/** One mention of an entity inside an article paragraph. Offsets are UTF-16, end exclusive. */
export interface ArticleMention {
  articleId: string;
  entityId: string;
  /** Index into `Article.paragraphs`; -1 for the title. */
  paragraph: number;
  start: number;
  end: number;
  surface: string;
  rule: MatchRule;
}

/** The one versioned file the build writes and the background loads. */
export interface CorpusBundle {
  /** Bundle format version; bump when the shape changes. */
  schema: 1;
  /** Content hash of the seeds and gazetteer: a changed corpus gets a new version. */
  version: string;
  articles: Article[];
  entities: Entity[];
  mentions: ArticleMention[];
}
