import type { Entity } from '../corpus/types';
import type { Candidate } from './types';

/** A discovered entity and the mentions it was made from. */
export interface Found {
  entity: Entity;
  candidates: Candidate[];
}
