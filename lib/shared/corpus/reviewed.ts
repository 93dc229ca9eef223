import type { Entity, EntityKind } from './types';

/** Fields a correction may set on a discovered entity (the rest stay as discovered). */
export type EntityPatch = Partial<
  Omit<Entity, 'aliases' | 'shortForms' | 'titles' | 'notBefore'>
> & {
  /** Spellings added to the discovered ones. */
  aliases?: string[];
  shortForms?: string[];
  titles?: string[];
  notBefore?: string[];
  kind?: EntityKind;
};

/** One correction of the reviewed layer, with the line it sits on (for `file:line: reason`). */
export type Correction =
  | { line: number; action: 'patch'; target: string; patch: EntityPatch }
  | { line: number; action: 'merge'; targets: string[] }
  | { line: number; action: 'block'; target: string; why?: string };

/**
 * The reviewed layer (`seeds/gazetteer.json`): whole entities a person wrote
 * (they win over discovery and absorb what discovery found of them) and
 * corrections to discovered ones. Targets are an entity id or one of its spellings.
 */
export interface ReviewedLayer {
  entities: Entity[];
  corrections: Correction[];
}

/** No reviewed knowledge: what discovery alone yields. */
export const NO_REVIEW: ReviewedLayer = { entities: [], corrections: [] };
