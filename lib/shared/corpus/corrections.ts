import type { Correction, EntityPatch } from './reviewed';
import type { FieldReader, JsonObject } from './json-fields';
import { isObject } from './json-fields';
import { ENTITY_KINDS } from './types';

const PATCH_FIELDS = [
  'entity',
  'id',
  'kind',
  'name',
  'role',
  'country',
  'aliases',
  'shortForms',
  'titles',
  'notBefore',
  'distinctive',
  'context',
];
const LISTS = ['aliases', 'shortForms', 'titles', 'notBefore', 'distinctive', 'context'] as const;

/** A `{ en, vi }` pair of a patch, when present and well formed. */
function pair(
  read: FieldReader,
  obj: JsonObject,
  key: 'name' | 'role',
  what: string,
): { en: string; vi: string } | undefined {
  if (obj[key] === undefined) return undefined;
  const p = read.object(obj[key], obj, key, `"${key}" of ${what}`);
  if (!p) return undefined;
  const en = read.text(p, 'en', `"${key}" of ${what}`);
  const vi = read.text(p, 'vi', `"${key}" of ${what}`);
  return en && vi ? { en, vi } : undefined;
}

/** `{ "entity": target, …fields }`: fields set on (or spellings added to) one discovered entity. */
function readPatch(
  read: FieldReader,
  obj: JsonObject,
  what: string,
  line: number,
): Correction | undefined {
  read.onlyKnown(obj, PATCH_FIELDS, what);
  const target = read.text(obj, 'entity', what);
  const patch: EntityPatch = {};
  for (const key of LISTS) {
    const list = read.texts(obj, key, what, { optional: true });
    if (list) patch[key] = list;
  }
  const id = read.text(obj, 'id', what, {
    optional: true,
    pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    hint: 'ids are kebab-case',
  });
  const kind = read.oneOf(obj, 'kind', what, ENTITY_KINDS, true);
  const country = read.text(obj, 'country', what, { optional: true });
  const name = pair(read, obj, 'name', what);
  const role = pair(read, obj, 'role', what);
  Object.assign(
    patch,
    Object.fromEntries(
      Object.entries({ id, kind, country, name, role }).filter(([, v]) => v !== undefined),
    ),
  );
  return target ? { line, action: 'patch', target, patch } : undefined;
}

/**
 * One correction of the reviewed layer: `{ "entity": …, fields }` (patch),
 * `{ "merge": [a, b, …] }` or `{ "block": target, "why": … }`. Targets are an
 * id from `npm run entities` or a spelling of the entity.
 */
export function readCorrection(
  read: FieldReader,
  item: JsonObject,
  i: number,
): Correction | undefined {
  const line = read.json.lineOf(item, undefined);
  const what = `correction #${i + 1}`;
  if ('merge' in item) {
    read.onlyKnown(item, ['merge', 'why'], what);
    const targets = read.texts(item, 'merge', what, { nonEmpty: true });
    if (targets && targets.length < 2)
      read.fail(item, 'merge', `"merge" of ${what} needs two entities or more`);
    return targets && targets.length >= 2 ? { line, action: 'merge', targets } : undefined;
  }
  if ('block' in item) {
    read.onlyKnown(item, ['block', 'why'], what);
    const target = read.text(item, 'block', what);
    const why = read.text(item, 'why', what, { optional: true });
    return target ? { line, action: 'block', target, why } : undefined;
  }
  if ('entity' in item) return readPatch(read, item, what, line);
  read.fail(item, undefined, `${what} needs "entity" (a patch), "merge" or "block"`);
  return undefined;
}

/** Every correction of `list`, collecting problems in the reader. */
export function readCorrections(read: FieldReader, list: unknown[], parent: object): Correction[] {
  const out: Correction[] = [];
  list.forEach((item, i) => {
    const obj = isObject(item as never)
      ? (item as JsonObject)
      : read.object(item as never, parent, i, `correction #${i + 1}`);
    const c = obj && readCorrection(read, obj, i);
    if (c) out.push(c);
  });
  return out;
}
