import { agreementsIn } from './agreements-en';
import { eventsIn } from './events-en';
import { nameWords } from './fold-name';
import { leadersAfterTitles, leadersInApposition, type LeaderHit } from './leaders-en';
import { leadersAfterVietnameseTitles } from './leaders-vi';
import { headlineStop } from './headline-stop';
import type { ThingHit } from './thing-hit';
import { vietnameseThingsIn } from './things-vi';
import { isTitleCase, sentencesOf, tokenize } from './tokens';
import type { ArticleText, Candidate } from './types';

/** Everything one sentence names. */
interface SentenceHits {
  leaders: LeaderHit[];
  agreements: ThingHit[];
  events: ThingHit[];
}

function readSentence(text: string, language: 'en' | 'vi'): SentenceHits {
  const tokens = tokenize(text);
  if (language === 'vi') {
    return {
      leaders: leadersAfterVietnameseTitles(text, tokens),
      ...vietnameseThingsIn(text, tokens),
    };
  }
  const stop = isTitleCase(tokens) ? headlineStop() : undefined;
  return {
    leaders: [...leadersAfterTitles(text, tokens, { stop }), ...leadersInApposition(text, tokens)],
    agreements: agreementsIn(text, tokens),
    events: eventsIn(text, tokens),
  };
}

function leaderCandidate(
  h: LeaderHit,
  base: Omit<Candidate, 'kind' | 'name'>,
): Candidate | undefined {
  const words = nameWords(h.name);
  if (words.length === 0 || /\d/.test(h.name)) return undefined;
  return {
    ...base,
    kind: 'leader',
    name: h.name,
    title: h.title,
    office: h.office,
    country: h.country,
    single: words.length === 1 ? true : undefined,
  };
}

function thingCandidate(
  kind: 'agreement' | 'event',
  h: ThingHit,
  base: Omit<Candidate, 'kind' | 'name'>,
  year: number | undefined,
): Candidate {
  const c: Candidate = { ...base, kind, name: h.name, base: h.base, parties: h.parties };
  const y = h.year ?? (kind === 'event' ? year : undefined);
  if (y !== undefined) c.year = y;
  if (h.edition !== undefined) c.edition = h.edition;
  if (h.abbreviation) c.abbreviation = h.abbreviation;
  if (h.organiser) c.organiser = h.organiser;
  if (h.summit) c.summit = true;
  return c;
}

/**
 * Every leader, agreement and event one article names, in order (title
 * first, then the paragraphs). Pure and per article: the build runs it on each
 * seed, the background on each article the reader adds, and `mergeEntities`
 * joins the results. An event without a written year takes the article's.
 */
export function discoverArticle(article: ArticleText): Candidate[] {
  const year = article.date ? Number(article.date.slice(0, 4)) : undefined;
  const out: Candidate[] = [];
  for (const paragraph of [article.title, ...article.paragraphs]) {
    for (const s of sentencesOf(paragraph)) {
      const base = { language: article.language, articleId: article.id, evidence: s.text };
      const hits = readSentence(s.text, article.language);
      for (const h of hits.leaders) {
        const c = leaderCandidate(h, base);
        if (c) out.push(c);
      }
      for (const h of hits.agreements) out.push(thingCandidate('agreement', h, base, year));
      for (const h of hits.events) out.push(thingCandidate('event', h, base, year));
    }
  }
  return out;
}
