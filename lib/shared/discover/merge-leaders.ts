import type { Entity } from '../corpus/types';
import { countryAt } from './country-at';
import { foldText, nameWords, personKey } from './fold-name';
import { COUNTRIES } from './lexicon/countries';
import { titlesOfOffice } from './lexicon/titles';
import { conventionOf, shortFormsOf, spellingsOf } from './naming';
import { tokenize } from './tokens';
import type { Candidate } from './types';
import { bestName, idFrom, mostFrequent, unique } from './merge-pick';
import type { Found } from './merge-found';

const CONVENTION_COUNTRY = { vietnamese: 'VN', korean: 'KR', chinese: 'CN', western: '' } as const;

/** Group full-name mentions by person key, then give each one-word mention to the person it shortens. */
export function groupLeaders(candidates: readonly Candidate[]): Candidate[][] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.kind !== 'leader' || c.single) continue;
    const key = personKey(c.name);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const shorts = new Map<string, Candidate[][]>();
  for (const g of groups.values()) {
    for (const s of unique(g.flatMap((c) => shortFormsOf(c.name)).map(foldText)))
      shorts.set(s, [...(shorts.get(s) ?? []), g]);
  }
  for (const c of candidates) {
    if (c.kind !== 'leader' || !c.single) continue;
    const options = shorts.get(foldText(c.name)) ?? [];
    const here = options.filter((g) => g.some((x) => x.articleId === c.articleId));
    const pick = here.length === 1 ? here[0] : options.length === 1 ? options[0] : undefined;
    pick?.push(c);
  }
  return [...groups.values()];
}

/** A title with every form of its country (`RoK President` → `South Korean President`, `Korean President`). */
function countryForms(title: string): string[] {
  const tokens = tokenize(title);
  const c = countryAt(tokens, 0);
  const forms = c && COUNTRIES.get(c.code);
  if (!c || !forms) return [title];
  const rest = title.slice(tokens[c.end - 1]?.end ?? 0);
  const lead = [...forms.en, ...forms.adjectives].filter((f) => f.split(' ').length <= 3);
  return [title, ...lead.map((f) => `${f}${rest}`)];
}

/** The titles that license a person's short form: as written, in every country form, and the office's. */
function titlesOf(group: readonly Candidate[], country: string): string[] {
  const written = group.map((c) => c.title);
  const vi = group.filter((c) => c.language === 'vi').map((c) => c.title);
  const offices = unique(group.map((c) => c.office));
  const viCountry = COUNTRIES.get(country)?.vi ?? [];
  const officeTitles = offices.flatMap((o) => titlesOfOffice(o, country));
  const viQualified = offices
    .flatMap((o) => titlesOfOffice(o, country).filter((t) => /[^\p{ASCII}]/u.test(t)))
    .flatMap((t) => viCountry.slice(0, 2).map((v) => `${t} ${v}`));
  return unique([
    ...written.flatMap((t) => (t ? countryForms(t) : [])),
    ...vi,
    ...officeTitles,
    ...viQualified,
  ]);
}

/** The entity for one person's mentions. */
export function leaderEntity(group: readonly Candidate[]): Found {
  const full = group.filter((c) => !c.single);
  const names = full.map((c) => c.name);
  const en =
    bestName(full.filter((c) => c.language === 'en').map((c) => c.name)) ??
    (bestName(names) as string);
  const vi = bestName(full.filter((c) => c.language === 'vi').map((c) => c.name)) ?? en;
  const display = bestName(names) as string;
  const country =
    mostFrequent(group.flatMap((c) => (c.country ? [c.country] : []))) ??
    CONVENTION_COUNTRY[conventionOf(display)];
  const longest = (lang: string): string | undefined =>
    group
      .filter((c) => c.language === lang && c.title)
      .map((c) => c.title as string)
      .sort((a, b) => b.length - a.length)[0];
  const roleEn = longest('en') ?? longest('vi') ?? '';
  const entity: Entity = {
    id: idFrom(nameWords(display).join(' ')),
    kind: 'leader',
    name: { en, vi },
    role: { en: roleEn, vi: longest('vi') ?? roleEn },
    country,
    caseRule: 'name',
    aliases: unique(names.flatMap(spellingsOf)),
    shortForms: unique(names.flatMap(shortFormsOf)),
    titles: titlesOf(group, country),
    distinctive: [],
  };
  return { entity, candidates: [...group] };
}
