import type { Entity } from '../corpus/types';
import { phraseKey } from './fold-name';
import { GENERIC_WORDS } from './lexicon/agreement-terms';
import { COUNTRIES, pairForms } from './lexicon/countries';
import type { Candidate } from './types';
import type { Found } from './merge-found';
import { mostFrequent, idFrom, unique } from './merge-pick';
import { countryVariants, kindVariants, vietnameseNames } from './merge-variants';

/** Whether a name says only what kind of agreement it is (`Reciprocal Trade Agreement`). */
export function isGeneric(base: string): boolean {
  return phraseKey(base)
    .split(' ')
    .every((w) => GENERIC_WORDS.has(w));
}

const isTier = (base: string): boolean => /partnership$/i.test(base) && isGeneric(base);

/**
 * The group key of an agreement mention: a partnership tier by its name alone
 * (Việt Nam's Comprehensive Strategic Partnership with any partner is one
 * entity), a generic kind by its name and parties, a proper name by itself.
 * A generic kind without parties (`the Reciprocal Trade Agreement`) has no key
 * of its own: it joins the one agreement of that kind the corpus names.
 */
function keyOf(c: Candidate): string | undefined {
  const base = c.base ?? c.name;
  if (isTier(base)) return base.split(' ').length >= 3 ? `t:${phraseKey(base)}` : undefined;
  if (!isGeneric(base)) return `p:${phraseKey(base)}`;
  const parties = [...(c.parties ?? [])].sort().join(',');
  return parties.includes(',') ? `g:${phraseKey(base)}|${parties}` : undefined;
}

/** Group agreement mentions; a bare generic mention joins the one group of its kind (in its article first). */
export function groupAgreements(candidates: readonly Candidate[]): Candidate[][] {
  const groups = new Map<string, Candidate[]>();
  const bare: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'agreement') continue;
    const key = keyOf(c);
    if (key) groups.set(key, [...(groups.get(key) ?? []), c]);
    else if (isGeneric(c.base ?? c.name) && !isTier(c.base ?? c.name)) bare.push(c);
  }
  for (const c of bare) {
    const kind = `g:${phraseKey(c.base ?? c.name)}|`;
    const options = [...groups].filter(([k]) => k.startsWith(kind)).map(([, g]) => g);
    const here = options.filter((g) => g.some((x) => x.articleId === c.articleId));
    (here.length === 1 ? here[0] : options.length === 1 ? options[0] : undefined)?.push(c);
  }
  return [...groups.values()];
}

/**
 * The spellings of one agreement: as written (a Vietnamese bare name with its
 * English kind), in other country forms and kind forms (`FTA`), in
 * Vietnamese. A generic kind alone is a spelling only where the corpus wrote
 * it so (`Hiệp định thương mại đối ứng`) or for a partnership tier.
 */
function spellings(
  group: readonly Candidate[],
  base: string,
  parties: string[],
  year: number | undefined,
): string[] {
  const tier = isTier(base);
  const written = group.map((c) => c.name);
  const translated = group
    .filter((c) => c.base && c.base !== c.name && c.language === 'vi')
    .map((c) => c.base as string);
  const pairs =
    parties.length === 2
      ? [`${pairForms(parties[0] as string, 'en')[0]}-${pairForms(parties[1] as string, 'en')[0]}`]
      : [];
  const generated = [
    ...(tier || !isGeneric(base) ? [base] : []),
    ...pairs.map((p) => `${p} ${base}`),
    ...(year ? [`${year} ${base}`] : []),
  ];
  const abbrs = group.flatMap((c) =>
    c.abbreviation ? [c.abbreviation, ...(year ? [`${c.abbreviation} ${year}`] : [])] : [],
  );
  const en = unique([
    ...written.filter(
      (w) => !/[^\p{ASCII}]/u.test(w) || group.some((c) => c.name === w && c.language === 'en'),
    ),
    ...translated,
    ...generated,
  ])
    .flatMap(kindVariants)
    .flatMap((n) => countryVariants(n, 'en'));
  const vi = unique([
    ...written.filter((w) => group.some((c) => c.name === w && c.language === 'vi')),
    ...vietnameseNames(base, parties),
  ]).flatMap((n) => countryVariants(n, 'vi'));
  const all = [...en, ...vi, ...abbrs].filter(
    (a) => tier || !isGeneric(a) || written.includes(a) || translated.includes(a),
  );
  return uniqueSpellings(all);
}

/** Spellings without repeats that differ only in case, accents or punctuation. */
function uniqueSpellings(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((s) => {
    const k = phraseKey(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The entity for one agreement's mentions; `home` is the country the corpus is about. */
export function agreementEntity(group: readonly Candidate[], home: string | undefined): Found {
  const base =
    mostFrequent(
      group.filter((c) => c.language === 'en' || c.base !== c.name).map((c) => c.base as string),
    ) ?? (group[0]?.base as string);
  const parties = unique(group.flatMap((c) => c.parties ?? []));
  const year = group.find((c) => c.year)?.year;
  const tier = isTier(base);
  const en = tier
    ? base
    : (mostFrequent(
        group.filter((c) => c.language === 'en').map((c) => c.name),
        (s) => s !== base,
      ) ?? base);
  const viWritten = mostFrequent(
    group.filter((c) => c.language === 'vi').map((c) => c.name),
    (s) => s.length > base.length,
  );
  const vi =
    (tier ? vietnameseNames(base, [])[0] : viWritten) ??
    viWritten ??
    vietnameseNames(base, parties)[0] ??
    en;
  const country = tier && home && parties.includes(home) ? home : parties.join('-');
  const entity: Entity = {
    id: idFrom(tier ? base : en),
    kind: 'agreement',
    name: { en, vi },
    role: { en: describe(parties, 'en'), vi: describe(parties, 'vi') },
    country,
    caseRule: 'phrase',
    aliases: spellings(group, base, tier ? [] : parties, year),
    distinctive: [],
  };
  // A generic spelling (`Reciprocal Trade Agreement`) is this agreement only on a page about its
  // country: the one the corpus is about when it is a party, else any of its parties.
  if (entity.aliases.some(isGeneric))
    entity.context = contextFor(home && parties.includes(home) ? [home] : parties);
  return { entity, candidates: [...group] };
}

function describe(parties: readonly string[], language: 'en' | 'vi'): string {
  const names = parties.map(
    (p) => (language === 'en' ? COUNTRIES.get(p)?.en[0] : COUNTRIES.get(p)?.vi[0]) ?? p,
  );
  if (language === 'vi')
    return names.length ? `Thỏa thuận giữa ${names.join(' và ')}` : 'Thỏa thuận';
  return names.length ? `Agreement between ${names.join(' and ')}` : 'Agreement';
}

/** The words one of which a page must show for a generic agreement name to count. */
function contextFor(codes: readonly string[]): string[] {
  return unique(
    codes.flatMap((c) => {
      const f = COUNTRIES.get(c);
      return f
        ? [...f.en, ...f.adjectives, ...f.vi].filter((w) => w.length > 2 || /[^\p{ASCII}]/u.test(w))
        : [];
    }),
  );
}
