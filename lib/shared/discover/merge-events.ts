import type { Entity } from '../corpus/types';
import { phraseKey } from './fold-name';
import type { Candidate } from './types';
import type { Found } from './merge-found';
import { idFrom, mostFrequent, unique } from './merge-pick';

/** The group key: a summit by organiser and year, another event by its name and edition or year. */
function keyOf(c: Candidate): string {
  const when = c.edition ?? c.year ?? '?';
  if (c.summit && c.organiser) return `s:${c.organiser}|${c.year ?? '?'}`;
  return `e:${phraseKey(c.base ?? c.name)}|${when}`;
}

/**
 * Group event mentions. A mention without a year (an undated article's `APEC
 * summit`) joins the one edition of that event the corpus dates, when there is
 * exactly one; otherwise it stays an event of unknown year.
 */
export function groupEvents(candidates: readonly Candidate[]): Candidate[][] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.kind !== 'event') continue;
    const key = keyOf(c);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, group] of [...groups]) {
    if (!key.endsWith('|?')) continue;
    const stem = key.slice(0, -1);
    const dated = [...groups.keys()].filter((k) => k.startsWith(stem) && k !== key);
    if (dated.length !== 1) continue;
    groups.get(dated[0] as string)?.push(...group);
    groups.delete(key);
  }
  return [...groups.values()];
}

const withoutYear = (name: string): string =>
  name.replace(/\s*(?:năm\s+)?(?:19|20)\d\d$/, '').replace(/^(?:19|20)\d\d\s+/, '');

/** Spellings a summit is written in, in both languages, from its organiser and year. */
function summitForms(organiser: string, year: number | undefined): string[] {
  const y = year ? ` ${year}` : '';
  const dated = year
    ? [
        `${organiser}${y}`,
        `${organiser} Summit${y}`,
        `${year} ${organiser} Summit`,
        `Hội nghị thượng đỉnh ${organiser}${y}`,
        `Hội nghị cấp cao ${organiser}${y}`,
        `Tuần lễ cấp cao ${organiser}${y}`,
      ]
    : [];
  return [
    ...dated,
    `${organiser} summit`,
    `Hội nghị thượng đỉnh ${organiser}`,
    `Hội nghị cấp cao ${organiser}`,
    `thượng đỉnh ${organiser}`,
  ];
}

/** The entity for one event's mentions; its English name carries the year, which the matcher reads. */
export function eventEntity(group: readonly Candidate[]): Found {
  const first = group[0] as Candidate;
  const year = group.find((c) => c.year)?.year;
  const organiser = group.find((c) => c.organiser)?.organiser;
  const summit = group.some((c) => c.summit) && organiser !== undefined;
  const enNames = group.filter((c) => c.language === 'en').map((c) => c.name);
  const dated = (n: string): string =>
    year && !n.includes(String(year)) && !/\d/.test(n.split(' ')[0] ?? '') ? `${n} ${year}` : n;
  const en = dated(
    mostFrequent(enNames, (s) => /\s/.test(s) && !/^\p{Lu}+ \d+$/u.test(s)) ??
      (summit ? `${organiser}` : first.name),
  );
  const vi = dated(mostFrequent(group.filter((c) => c.language === 'vi').map((c) => c.name)) ?? en);
  const written = group.map((c) => c.name);
  const abbrs = unique(group.map((c) => c.abbreviation));
  const entity: Entity = {
    id: idFrom(summit && year ? `${organiser} ${year}` : en),
    kind: 'event',
    name: { en, vi },
    role: { en, vi },
    country: organiser ?? '',
    caseRule: 'phrase',
    // The organiser alone (`APEC`) names the organisation, not this meeting.
    aliases: unique([
      ...written,
      ...written.map(withoutYear),
      ...written.map(dated),
      ...abbrs,
      ...(summit ? summitForms(organiser, year) : []),
    ]).filter((a) => a !== organiser),
    distinctive: [],
  };
  return { entity, candidates: [...group] };
}
