/** What the popup says (English for now; issue 6 translates). */
export const POPUP_STRINGS = {
  searchLabel: 'Search your Backstory corpus',
  searchPlaceholder: 'Search names, agreements, words…',
  searchHint:
    'Type a name, an agreement or any words. Accents are optional: “luong cuong” finds Lương Cường.',
  searchError: 'Backstory couldn’t search just now — try again in a moment.',
  noResults: (q: string) =>
    `Nothing in your corpus matches “${q}”. Try fewer words, or just a surname.`,
  resultsLabel: 'Search results',
  onThisPage: 'On this page',
  pageLoading: 'Looking at this page…',
  pageUnavailable:
    'Backstory can’t read this tab (browser pages and stores are off limits). Open a news page to see its names here.',
  pageEmpty: 'No leaders or agreements from your corpus on this page.',
  mentions: (n: number) => (n === 1 ? '1 mention' : `${n} mentions`),
  corpusLoading: 'Loading the corpus…',
  corpusUnavailable: 'Corpus details unavailable.',
  corpusSummary: (n: number, newest: string) =>
    `${n === 1 ? '1 article' : `${n} articles`} · newest ${newest}`,
} as const;
