/**
 * Both interface languages' messages, imported as modules from the same
 * `public/_locales/<lang>/messages.json` files the browser reads.
 *
 * Why not `browser.i18n.getMessage`: it always answers in the browser's own
 * language and cannot be switched at run time, and the reader may choose the
 * other language in the options. Importing both catalogues keeps one source of
 * truth (the `_locales` files, which the manifest and the context menu also
 * use), works synchronously in every context (content script, popup, options,
 * reader, background, unit tests) and costs a few kilobytes per bundle.
 */
import en from '../../../public/_locales/en/messages.json';
import vi from '../../../public/_locales/vi/messages.json';

export type UiLanguage = 'en' | 'vi';

/** One entry of a Chrome-format `messages.json`. */
export interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type MessageKey = keyof typeof en;

export type Catalog = Record<MessageKey, CatalogEntry>;

export const CATALOGS: Record<UiLanguage, Catalog> = { en, vi };
