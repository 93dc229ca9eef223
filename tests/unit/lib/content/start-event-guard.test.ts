// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { guardStartEvents, startEventName } from '../../../../lib/content/start-event-guard';

const TYPE = startEventName('ext-id', 'content');

function listen() {
  const heard = vi.fn();
  document.addEventListener(TYPE, heard);
  return heard;
}

const forge = () =>
  document.dispatchEvent(
    new CustomEvent(TYPE, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
  );

describe('guardStartEvents', () => {
  it('keeps a start-up notice from reaching the document’s listeners while the extension is alive', () => {
    const heard = listen();
    const stop = new AbortController();
    guardStartEvents(window, TYPE, () => true, stop.signal);
    forge();
    expect(heard).not.toHaveBeenCalled();
    stop.abort();
  });

  it('lets it through once this copy’s runtime is gone (a real newer copy is starting)', () => {
    const heard = listen();
    const stop = new AbortController();
    guardStartEvents(window, TYPE, () => false, stop.signal);
    forge();
    expect(heard).toHaveBeenCalledOnce();
    stop.abort();
  });

  it('stops guarding when its signal aborts, and leaves other events alone', () => {
    const heard = listen();
    const other = vi.fn();
    document.addEventListener('other', other);
    const stop = new AbortController();
    guardStartEvents(window, TYPE, () => true, stop.signal);
    document.dispatchEvent(new CustomEvent('other'));
    stop.abort();
    forge();
    expect(other).toHaveBeenCalledOnce();
    expect(heard).toHaveBeenCalledOnce();
  });
});
