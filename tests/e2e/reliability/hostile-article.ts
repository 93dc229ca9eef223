/**
 * An article whose text carries markup, script, a javascript: URL and a
 * right-to-left override, and in-page checks that Backstory shows it as
 * plain, isolated text. The in-page functions are self-contained, for
 * `page.evaluate` in either browser.
 */

export const IMG = '<img src=x onerror="window.__pwned=1">';
export const SCRIPT = '<script>window.__pwned=1</script>';
export const LINK = '<a href="javascript:alert(1)">click</a>';
export const RLO = '\u202eevil';

/** One item for the `importChunk` call, as an exported file could carry it. */
export const HOSTILE = {
  url: 'https://example.invalid/hostile',
  title: `Lương Cường ${IMG} ${SCRIPT} ${RLO}`,
  date: '2099-12-31',
  language: 'en',
  source: `javascript:alert(1) ${RLO}`,
  place: null,
  author: null,
  paragraphs: [`President Lương Cường met ${IMG} and ${LINK} in Hà Nội. ${RLO} text.`],
  addedAt: '2025-11-01T00:00:00.000Z',
};

/** Tags Backstory's own UI may use; anything else would have come from the text. */
export const FORBIDDEN = ['img', 'script', 'iframe', 'object', 'embed'];

/** In the page: forbidden elements and javascript: links under `selector`, and whether the text's script ran. */
export function findLiveMarkup([selector, forbidden]: [string, string[]]) {
  const scope = document.querySelector(selector);
  const bad = [...(scope?.querySelectorAll(forbidden.join(',')) ?? [])];
  const js = [...(scope?.querySelectorAll('a[href]') ?? [])].filter((a) =>
    /^javascript:/i.test(a.getAttribute('href') ?? ''),
  );
  const ran = (window as unknown as { __pwned?: number }).__pwned ?? 0;
  return { bad: bad.length, js: js.length, ran };
}

/** In the page: `unicode-bidi` of each element under `selector` whose own text holds the override. */
export function bidiOfOverrides(selector: string): string[] {
  const scope = document.querySelector(selector);
  return [...(scope?.querySelectorAll('*') ?? [])]
    .filter((e) =>
      [...e.childNodes].some((n) => n.nodeType === 3 && n.nodeValue?.includes('\u202e')),
    )
    .map((e) => getComputedStyle(e).unicodeBidi);
}

/**
 * In the card: `unicode-bidi` of each element in its shadow `root` whose own
 * text holds the override (text nodes, as Firefox's innerText drops bidi controls).
 */
export function bidiOfOverridesInCard(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('*')]
    .filter((e) =>
      [...e.childNodes].some((n) => n.nodeType === 3 && n.nodeValue?.includes('\u202e')),
    )
    .map((e) => getComputedStyle(e).unicodeBidi);
}
