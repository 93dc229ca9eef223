import type { EntityKind } from './corpus/types';

/**
 * Each kind of name's colour, as CSS `rgb()` channels: a mid tone that reads on
 * light and dark pages and themes. The page's highlights are made from these;
 * the card's and the popup's `.bs-kind-*` rules in components/shared/theme.css
 * repeat them (a unit test holds the two together).
 */
export const KIND_COLOURS: Record<EntityKind, string> = {
  leader: '214 137 16',
  agreement: '38 132 199',
  event: '142 84 200',
  organisation: '46 150 96',
};
