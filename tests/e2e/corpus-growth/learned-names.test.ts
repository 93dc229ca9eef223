import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverForCardText } from '../support/card-root';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { readHighlights } from '../support/page-probes';
import { extensionCalls } from '../support/extension-calls';

/**
 * A name the corpus never had, learned from an article the reader clips: the
 * next page that names the leader highlights them, the card shows the reader's
 * article and says where the name came from, and deleting the article forgets it.
 */
let session: ChromiumSession;
let ext: Page;
const { call, tabIdOf } = extensionCalls(() => ext);

beforeAll(async () => {
  session = await launchChromium();
  ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
});

afterAll(async () => {
  await session?.close();
});

async function open(name: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${session.pages.url}/corpus-growth/${name}`);
  return page;
}

const names = async (page: Page) => (await page.evaluate(readHighlights)).map((h) => h.text);

describe('names learned from the reader’s articles (Chromium)', () => {
  let clippedId = '';

  it('highlights nobody new on a page that names a leader the corpus does not know', async () => {
    const page = await open('names-new-leader.html');
    // The page's known name is painted: the page has been matched, and the new leader was not found.
    await expect.poll(() => names(page), { timeout: 15_000 }).toContain('Lương Cường');
    expect(await names(page)).not.toContain('Phạm Minh Chính');
    await page.close();
  });

  it('learns the leader from a clipped article and names them among its entities', async () => {
    const article = await open('article-new-leader.html');
    const outcome = await call('clipTab', { tabId: await tabIdOf(article.url()) });
    await article.close();
    expect(outcome.status).toBe('added');
    if (outcome.status !== 'added') return;
    clippedId = outcome.article.id;
    const learned = outcome.entities.find((e) => e.name.en === 'Phạm Minh Chính');
    expect(learned).toMatchObject({ kind: 'leader', foundInReaderArticles: true });
  });

  it('highlights the leader on the next page, and the card shows the reader’s article and says so', async () => {
    const page = await open('names-new-leader.html');
    await expect.poll(() => names(page), { timeout: 15_000 }).toContain('Phạm Minh Chính');
    const card = await hoverForCardText(page, 'p-pm', 'Phạm Minh Chính');
    expect(card).toContain('Prime Minister sets out plans for the Mekong Delta');
    expect(card).toContain('Found in articles you added');
    await page.close();
  });

  it('forgets the leader when the only article that named them is deleted', async () => {
    expect((await call('deleteReaderArticle', { id: clippedId })).removed).not.toBeNull();
    const page = await open('names-new-leader.html');
    // The page's known name is painted: the page has been matched, and the new leader was not found.
    await expect.poll(() => names(page), { timeout: 15_000 }).toContain('Lương Cường');
    expect(await names(page)).not.toContain('Phạm Minh Chính');
    await page.close();
    const all = (await call('entities', {})).entities.map((e) => e.name.en);
    expect(all).not.toContain('Phạm Minh Chính');
  });

  it('made no network request from any extension context', () => {
    expect(session.outsideRequests).toEqual([]);
  });
});
