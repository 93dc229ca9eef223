import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverForCardText } from '../support/card-root';
import {
  backgroundCaller,
  launchFirefox,
  openExtensionPage,
  tabIdOf,
  type BackgroundCaller,
  type FirefoxSession,
} from '../support/firefox';
import { readHighlights } from '../support/page-probes';

/**
 * Firefox: a name the corpus never had, learned from an article the reader
 * clips, is highlighted on the next page and its card shows the reader's
 * article and says where the name came from; deleting the article forgets it.
 */
let session: FirefoxSession;
let ext: Page;
let call: BackgroundCaller;

beforeAll(async () => {
  session = await launchFirefox();
  ext = await openExtensionPage(session.browser, 'popup.html');
  call = backgroundCaller(ext);
});

afterAll(async () => {
  await session?.close();
});

async function open(name: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(`${session.pages.url}/corpus-growth/${name}`);
  return page;
}

const names = async (page: Page) => (await page.evaluate(readHighlights)).map((h) => h.text);

/** The names painted on the page that names the new leader, read once it is matched (its known name painted). */
async function namesOnNewLeaderPage(): Promise<string[]> {
  const page = await open('names-new-leader.html');
  await expect.poll(() => names(page), { timeout: 15_000 }).toContain('Lương Cường');
  const found = await names(page);
  await page.close();
  return found;
}

describe('names learned from the reader’s articles (Firefox)', () => {
  let clippedId = '';

  it('highlights nobody new on a page that names a leader the corpus does not know', async () => {
    const found = await namesOnNewLeaderPage();
    expect(found).toContain('Lương Cường');
    expect(found).not.toContain('Phạm Minh Chính');
  });

  it('learns the leader from a clipped article, highlights them next, and the card says so', async () => {
    const article = await open('article-new-leader.html');
    const outcome = await call('clipTab', { tabId: await tabIdOf(ext, article.url()) });
    await article.close();
    expect(outcome.status).toBe('added');
    if (outcome.status !== 'added') return;
    clippedId = outcome.article.id;
    expect(outcome.entities.find((e) => e.name.en === 'Phạm Minh Chính')).toMatchObject({
      kind: 'leader',
      foundInReaderArticles: true,
    });

    const page = await open('names-new-leader.html');
    await expect.poll(() => names(page), { timeout: 15_000 }).toContain('Phạm Minh Chính');
    const card = await hoverForCardText(page, 'p-pm', 'Phạm Minh Chính');
    expect(card).toContain('Prime Minister sets out plans for the Mekong Delta');
    expect(card).toContain('Found in articles you added');
    await page.close();
  });

  it('forgets the leader when the only article that named them is deleted', async () => {
    expect((await call('deleteReaderArticle', { id: clippedId })).removed).not.toBeNull();
    const found = await namesOnNewLeaderPage();
    expect(found).toContain('Lương Cường');
    expect(found).not.toContain('Phạm Minh Chính');
    const all = (await call('entities', {})).entities.map((e) => e.name.en);
    expect(all).not.toContain('Phạm Minh Chính');
  });

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
