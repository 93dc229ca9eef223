import { CorpusError, throwIfAny } from './corpus-error';
import { FieldReader, isObject, type JsonObject } from './json-fields';
import { parseLocatedJson } from './located-json';
import type { ReviewedLayer } from './reviewed';
import { readCorrections } from './corrections';
import { ENTITY_KINDS, type Bilingual, type Entity } from './types';

const CASE_RULES = ['name', 'phrase'] as const;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * ISO 3166-1 alpha-2 (`VN`), a short label for multilateral things (`ASEAN`,
 * `APEC`), or the parties of a bilateral one joined by a hyphen (`VN-US`).
 */
const COUNTRY = /^[A-Z][A-Za-z]{1,9}(?:-[A-Z][A-Za-z]{1,9})*$/;
const FIELDS = [
  'id',
  'kind',
  'name',
  'role',
  'country',
  'aliases',
  'shortForms',
  'titles',
  'notBefore',
  'caseRule',
  'distinctive',
  'context',
];

/**
 * Parse and validate the reviewed gazetteer (`seeds/gazetteer.json`): its
 * whole entities (see {@link parseReviewed} for the corrections too).
 * @throws CorpusError for one problem, CorpusErrors for several.
 */
export function parseGazetteer(file: string, text: string): Entity[] {
  return parseReviewed(file, text).entities;
}

/**
 * Parse and validate the reviewed layer: `{ "schema": 1, "entities": [...] }`
 * or `{ "schema": 2, "entities": [...], "corrections": [...] }`. Entities are
 * whole reviewed entries (they win over discovery); corrections patch, merge
 * or block discovered entities. Every problem is reported with the line where
 * the entity, correction or field sits, and all of them at once.
 * @throws CorpusError for one problem, CorpusErrors for several.
 */
export function parseReviewed(file: string, text: string): ReviewedLayer {
  const json = parseLocatedJson(file, text);
  const read = new FieldReader(file, json);
  const root = json.value;
  const list = isObject(root) ? root.entities : undefined;
  const fixes = isObject(root) ? (root.corrections ?? []) : [];
  if (
    !isObject(root) ||
    (root.schema !== 1 && root.schema !== 2) ||
    !Array.isArray(list) ||
    !Array.isArray(fixes)
  ) {
    throw new CorpusError(
      file,
      1,
      'a gazetteer is { "schema": 2, "entities": [ ... ], "corrections": [ ... ] }',
    );
  }
  read.onlyKnown(
    root,
    root.schema === 2 ? ['schema', 'entities', 'corrections'] : ['schema', 'entities'],
    'the gazetteer',
  );
  const entities: Entity[] = [];
  const seen = new Seen();
  list.forEach((item, i) => {
    const obj = read.object(item, list, i, `entity #${i + 1}`);
    const entity = obj && readEntity(read, obj, i);
    if (!obj || !entity) return;
    checkUnique(read, obj, entity, seen);
    entities.push(entity);
  });
  const corrections = readCorrections(read, fixes, root);
  throwIfAny(read.errors);
  return { entities, corrections };
}

/** Lines where each id and each alias was first seen. */
class Seen {
  ids = new Map<string, number>();
  aliases = new Map<string, { id: string; line: number }>();
}

/**
 * Ids must be unique, and so must aliases across entities: the matcher could
 * not tell which entity a shared full form means. Aliases compare ignoring case.
 */
function checkUnique(read: FieldReader, obj: JsonObject, entity: Entity, seen: Seen): void {
  const first = seen.ids.get(entity.id);
  if (first !== undefined)
    read.fail(obj, 'id', `duplicate entity id "${entity.id}" (first at line ${first})`);
  else seen.ids.set(entity.id, read.json.lineOf(obj, 'id'));
  const list = obj.aliases as object;
  entity.aliases.forEach((alias, i) => {
    const key = alias.toLowerCase();
    const other = seen.aliases.get(key);
    if (other && other.id !== entity.id) {
      read.fail(
        list,
        i,
        `alias "${alias}" of "${entity.id}" is already an alias of "${other.id}" (line ${other.line})`,
      );
    } else if (!other) seen.aliases.set(key, { id: entity.id, line: read.json.lineOf(list, i) });
  });
}

/** One entity, or undefined when any of its fields is wrong (the reader holds why). */
function readEntity(read: FieldReader, obj: JsonObject, index: number): Entity | undefined {
  const before = read.errors.length;
  const id = read.text(obj, 'id', `entity #${index + 1}`, {
    pattern: KEBAB,
    hint: 'ids are kebab-case, like "luong-cuong"',
  });
  const what = id ? `entity "${id}"` : `entity #${index + 1}`;
  read.onlyKnown(obj, FIELDS, what);
  const entity = {
    id,
    kind: read.oneOf(obj, 'kind', what, ENTITY_KINDS),
    name: names(read, obj, 'name', what),
    role: names(read, obj, 'role', what),
    country: read.text(obj, 'country', what, {
      pattern: COUNTRY,
      hint: 'an ISO code like "VN", a label like "ASEAN", or "VN-US"',
    }),
    aliases: read.texts(obj, 'aliases', what, { nonEmpty: true }),
    shortForms: read.texts(obj, 'shortForms', what, { optional: true }),
    titles: read.texts(obj, 'titles', what, { optional: true }),
    notBefore: read.texts(obj, 'notBefore', what, { optional: true }),
    caseRule: read.oneOf(obj, 'caseRule', what, CASE_RULES, true),
    distinctive: read.texts(obj, 'distinctive', what, { optional: true }),
    context: read.texts(obj, 'context', what, { optional: true }),
  };
  if (read.errors.length > before) return undefined;
  // Every required field was read (no new errors), so the casts only drop `undefined`.
  return Object.fromEntries(
    Object.entries(entity).filter(([, v]) => v !== undefined),
  ) as unknown as Entity;
}

/** A `{ en, vi }` pair; a missing pair is "an entity without names". */
function names(
  read: FieldReader,
  obj: JsonObject,
  key: 'name' | 'role',
  what: string,
): Bilingual | undefined {
  if (obj[key] === undefined) {
    read.fail(
      obj,
      undefined,
      key === 'name'
        ? `${what} has no names (needs "name": { "en", "vi" })`
        : `${what} has no "role"`,
    );
    return undefined;
  }
  const pair = read.object(obj[key], obj, key, `"${key}" of ${what}`);
  if (!pair) return undefined;
  read.onlyKnown(pair, ['en', 'vi'], `"${key}" of ${what}`);
  const en = read.text(pair, 'en', `"${key}" of ${what}`);
  const vi = read.text(pair, 'vi', `"${key}" of ${what}`);
  return en && vi ? { en, vi } : undefined;
}
