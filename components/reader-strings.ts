/** What the reader page says (English for now; issue 6 translates). */
export const READER_STRINGS = {
  loading: 'Loading the article…',
  missingId: 'No article was chosen. Open one from a Backstory card or the toolbar search.',
  notFound: 'This article is not in your Backstory corpus (it may have been removed in an update).',
  loadError: 'Backstory couldn’t load this article — reload the page to try again.',
  by: (author: string) => `By ${author}`,
  sidebarHint: 'Choose a highlighted name to see the other articles about it.',
  relatedHeading: (name: string) => `More about ${name}`,
  relatedLoading: 'Loading articles…',
  relatedError: 'Backstory couldn’t load the other articles — try again.',
  relatedNone: 'No other article in your corpus mentions it.',
  mentionLabel: (name: string) => `${name}: show other articles`,
} as const;
