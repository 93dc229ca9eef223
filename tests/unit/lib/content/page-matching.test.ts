// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchDom } from '../../../../lib/content/dom-watcher';
import { pageHarness, paintedTexts, paragraph } from './page-harness';

afterEach(() => document.body.replaceChildren());

/** Wait for the DOM watcher's frame and the job it starts. */
async function settle(matching: { idle(): Promise<void> }): Promise<void> {
  await new Promise((r) => setTimeout(r, 50));
  await matching.idle();
}

describe('page matching', () => {
  it('highlights every mention on the page and counts them per entity', async () => {
    document.body.append(paragraph('Tô Lâm met Donald Trump.'), paragraph('Later Tô Lâm spoke.'));
    const { matching, store, painted } = pageHarness();
    matching.changed([document.body], false);
    await matching.idle();
    expect(paintedTexts(painted)).toEqual(['Tô Lâm', 'Donald Trump', 'Tô Lâm']);
    expect(store.pageEntities(matching.entities)).toEqual([
      { id: 'to-lam', name: 'Tô Lâm', kind: 'leader', count: 2 },
      { id: 'donald-trump', name: 'Donald Trump', kind: 'leader', count: 1 },
    ]);
  });

  it('asks only for the sift on a page that names nobody', async () => {
    document.body.append(paragraph('The weather in Hà Nội was mild.'), paragraph('Trade grew.'));
    const { matching, painted, log } = pageHarness();
    matching.changed([document.body], false);
    await matching.idle();
    expect(log).toEqual(['sift']);
    expect(painted.size).toBe(0);
  });

  it('never highlights text in a textarea, a contenteditable region or Backstory’s own UI', async () => {
    const editable = paragraph('Tô Lâm in an editor');
    editable.setAttribute('contenteditable', 'true');
    const own = paragraph('Donald Trump in the card');
    own.setAttribute('data-backstory-ui', '');
    const area = Object.assign(document.createElement('textarea'), { value: 'Tô Lâm' });
    const code = Object.assign(document.createElement('code'), { textContent: 'Tô Lâm' });
    document.body.append(editable, own, area, code);
    const { matching, painted } = pageHarness();
    matching.changed([document.body], false);
    await matching.idle();
    expect(painted.size).toBe(0);
  });

  it('follows text added after load, in one job for what one frame added', async () => {
    document.body.append(paragraph('Tô Lâm arrived.'));
    const { matching, store, painted, log, stop } = pageHarness();
    watchDom(document.body, (blocks, removed) => matching.changed(blocks, removed), stop.signal);
    matching.changed([document.body], false);
    await matching.idle();
    document.body.append(paragraph('Donald Trump replied.'));
    document.body.append(paragraph('So did Donald Trump again.'));
    await settle(matching);
    expect(store.size).toBe(3);
    expect(paintedTexts(painted).sort()).toEqual(['Donald Trump', 'Donald Trump', 'Tô Lâm']);
    expect(log).toEqual(['sift', 'match', 'sift', 'match']);
  });

  it('rescans an edited paragraph without doubling its mentions, and drops mentions whose text left', async () => {
    const p = paragraph('Tô Lâm arrived.');
    const gone = paragraph('Donald Trump left.');
    document.body.append(p, gone);
    const { matching, store, painted, stop } = pageHarness();
    watchDom(document.body, (blocks, removed) => matching.changed(blocks, removed), stop.signal);
    matching.changed([document.body], false);
    await matching.idle();
    p.append(' Then Donald Trump came.');
    gone.remove();
    await settle(matching);
    expect(paintedTexts(painted)).toEqual(['Tô Lâm', 'Donald Trump']);
    expect(store.size).toBe(2);
  });

  it('drops a paragraph’s mentions when a rescan finds it names nobody any more', async () => {
    const p = paragraph('Tô Lâm arrived.');
    document.body.append(p);
    const { matching, painted } = pageHarness();
    matching.changed([document.body], false);
    await matching.idle();
    p.textContent = 'Nobody arrived.';
    matching.changed([p], true);
    await matching.idle();
    expect(painted.size).toBe(0);
  });

  it('counts a short form in a block added later when the page already named the person in full', async () => {
    document.body.append(paragraph('President Lương Cường arrived in Seoul.'));
    const { matching, store, painted } = pageHarness();
    matching.changed([document.body], false);
    await matching.idle();
    const later = paragraph('On Friday, Cường met business leaders.');
    document.body.append(later);
    matching.changed([later], false);
    await matching.idle();
    expect(paintedTexts(painted)).toEqual(['Lương Cường', 'Cường']);
    expect([...store.namedInFull()]).toEqual(['luong-cuong']);
  });

  it('counts a short form before the full name on the same page (the page is judged as one)', async () => {
    document.body.append(
      paragraph('On Friday, Cường met business leaders.'),
      paragraph('President Lương Cường arrived in Seoul.'),
    );
    const { matching, painted } = pageHarness();
    matching.changed([document.body], false);
    await matching.idle();
    expect(paintedTexts(painted)).toEqual(['Cường', 'Lương Cường']);
  });

  it('finds a name whose block was read run together with the one before it', async () => {
    const el = (tag: string, ...kids: (Node | string)[]) => {
      const e = document.createElement(tag);
      e.append(...kids);
      return e;
    };
    document.body.append(
      el('ul', el('li', 'Home'), el('li', 'Donald Trump said')),
      el('p', 'Lee', el('br'), 'Jae-myung'),
    );
    const { matching, painted } = pageHarness();
    matching.changed([document.body], false);
    await matching.idle();
    expect(paintedTexts(painted)).toEqual(['Donald Trump', 'LeeJae-myung']);
  });

  it('leaves the page as it is when the background does not answer, and matches it on retry', async () => {
    document.body.append(paragraph('Tô Lâm arrived.'));
    let silent = true;
    const { matching, painted } = pageHarness({ silent: () => silent });
    matching.changed([document.body], false);
    await matching.idle();
    expect(painted.size).toBe(0);
    silent = false;
    matching.retry();
    await matching.idle();
    expect(paintedTexts(painted)).toEqual(['Tô Lâm']);
  });

  it('does not place an answer over text that changed while it was on its way', async () => {
    // The same length before and after: only the text itself shows the change.
    const p = paragraph('Tô Lâm arrived. Donald Trump left.');
    document.body.append(p);
    let edit = true;
    const { matching, painted } = pageHarness({
      beforeCall(call) {
        if (call === 'match' && edit) {
          edit = false;
          (p.firstChild as Text).data = 'Nobody arrived. Donald Trump left.';
        }
      },
    });
    matching.changed([document.body], false);
    await matching.idle();
    // Where the node no longer reads what was found, nothing lands; the rest of the answer still holds.
    expect(paintedTexts(painted)).toEqual(['Donald Trump']);
    matching.changed([p], false);
    await matching.idle();
    expect(paintedTexts(painted)).toEqual(['Donald Trump']);
  });

  it('paints the top of a long page first, then the whole page, each name once', async () => {
    const filler = 'The delegations discussed trade and investment at length. '.repeat(40);
    const paras = Array.from({ length: 40 }, (_, i) =>
      paragraph(
        i === 0 ? `Tô Lâm opened. ${filler}` : i === 39 ? `Donald Trump closed. ${filler}` : filler,
      ),
    );
    document.body.append(...paras);
    const { matching, store, painted, log } = pageHarness();
    const batches: string[][] = [];
    const add = store.add.bind(store);
    store.add = (mentions) => {
      batches.push(mentions.map((m) => m.found.surface));
      add(mentions);
    };
    matching.changed([document.body], false);
    await matching.idle();
    expect(log).toEqual(['matchText', 'sift', 'match']);
    expect(batches[0]).toEqual(['Tô Lâm']);
    expect(paintedTexts(painted).sort()).toEqual(['Donald Trump', 'Tô Lâm']);
  });

  it('reads the page again when the background no longer holds its text', async () => {
    document.body.append(paragraph('Tô Lâm arrived.'));
    const h = pageHarness();
    const realMatch = h.handlers.matchPage;
    let first = true;
    h.handlers.matchPage = async (request, context) => {
      if (first) {
        first = false;
        return { expired: true };
      }
      return realMatch(request, context);
    };
    h.matching.changed([document.body], false);
    await h.matching.idle();
    expect(paintedTexts(h.painted)).toEqual(['Tô Lâm']);
    expect(h.log).toEqual(['sift', 'match', 'sift', 'match']);
  });
});
