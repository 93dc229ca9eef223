/**
 * The translator reaches components through context: each top-level component
 * (HoverCard, PopupApp, ReaderApp, OptionsApp) takes it as a prop and provides
 * it, so components still only render what they are given. English when none is given.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ENGLISH, type Translator } from '../../lib/shared/i18n/translator';

export const TranslatorContext = createContext<Translator>(ENGLISH);

/** The translator given to the top-level component. */
export function useT(): Translator {
  return useContext(TranslatorContext);
}
