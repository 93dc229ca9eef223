import type { CorpusBundle } from '../../shared/corpus/types';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function allHaveStringId(rows: unknown[], field: string): boolean {
  return rows.every((r) => isRecord(r) && typeof r[field] === 'string' && r[field] !== '');
}

/**
 * The bundle as a {@link CorpusBundle}, or an error saying what is wrong with it.
 * The build validated it fully; this only guards against a truncated or foreign
 * file reaching the database (a half-written bundle must not replace a good corpus).
 */
export function checkBundleShape(value: unknown): CorpusBundle {
  if (!isRecord(value)) throw new Error('The corpus bundle is not a JSON object.');
  if (value.schema !== 1) throw new Error(`Unknown corpus bundle schema ${String(value.schema)}.`);
  if (typeof value.version !== 'string' || value.version === '')
    throw new Error('The corpus bundle has no version.');
  const { articles, entities, mentions } = value;
  if (!Array.isArray(articles) || !allHaveStringId(articles, 'id'))
    throw new Error('The corpus bundle has malformed articles.');
  if (!Array.isArray(entities) || !allHaveStringId(entities, 'id'))
    throw new Error('The corpus bundle has malformed entities.');
  if (
    !Array.isArray(mentions) ||
    !allHaveStringId(mentions, 'articleId') ||
    !allHaveStringId(mentions, 'entityId')
  ) {
    throw new Error('The corpus bundle has malformed mentions.');
  }
  return value as unknown as CorpusBundle;
}
