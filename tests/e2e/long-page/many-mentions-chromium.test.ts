import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../../scripts/lib/static-server';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { expectHighlightsFollowTheView, serveManyMentions } from './many-mentions';

let session: ChromiumSession;
let site: StaticServer;

beforeAll(async () => {
  site = await serveManyMentions();
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('a page with thousands of mentions in Chromium', () => {
  it('finds them all but registers only those near the view, following the scroll', async () => {
    const page = await session.context.newPage();
    await page.goto(`${site.url}/many.html`);
    await expectHighlightsFollowTheView(page);
    expect(session.outsideRequests).toEqual([]);
    await page.close();
  });
});
