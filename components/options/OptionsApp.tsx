import { ENTITY_KINDS, type EntityKind } from '../../lib/shared/corpus/types';
import type { MessageKey } from '../../lib/shared/i18n/catalogs';
import { ENGLISH, type Translator } from '../../lib/shared/i18n/translator';
import type { EntityView } from '../../lib/shared/messages/protocol';
import { HOVER_DELAY_RANGE, withMuted, type Settings } from '../../lib/shared/settings/settings';
import { EntityName } from '../shared/EntityName';
import { TranslatorContext, useT } from '../shared/i18n';
import { SiteList } from './SiteList';

export interface OptionsAppProps {
  settings: Settings;
  /** Both names of each entity, for the hidden-names list (ids are shown while unknown). */
  entities: ReadonlyMap<string, EntityView>;
  t?: Translator;
  onChange(settings: Settings): void;
}

const KIND_KEYS: Record<EntityKind, MessageKey> = {
  leader: 'kindLeader',
  agreement: 'kindAgreement',
  event: 'kindEvent',
  organisation: 'kindOrganisation',
};

/** The options page: sites, what is highlighted and how, appearance, and hidden names. Every change is saved at once. */
export function OptionsApp(props: OptionsAppProps) {
  return (
    <TranslatorContext.Provider value={props.t ?? ENGLISH}>
      <Options {...props} />
    </TranslatorContext.Provider>
  );
}

function Options({ settings, entities, onChange }: OptionsAppProps) {
  const t = useT();
  const set = (patch: Partial<Settings>): void => onChange({ ...settings, ...patch });
  return (
    <main class="bs-options">
      <h1>{t('optionsTitle')}</h1>
      <p class="bs-hint">{t('optionsSaved')}</p>
      <section aria-labelledby="bs-sites">
        <h2 id="bs-sites">{t('sectionSites')}</h2>
        <SiteList
          sites={settings.disabledSites}
          onChange={(disabledSites) => set({ disabledSites })}
        />
      </section>
      <section aria-labelledby="bs-highlighting">
        <h2 id="bs-highlighting">{t('sectionHighlighting')}</h2>
        <fieldset>
          <legend>{t('kindsLegend')}</legend>
          {ENTITY_KINDS.map((kind) => (
            <label key={kind} class="bs-check">
              <input
                type="checkbox"
                checked={settings.kinds[kind]}
                onChange={(e) =>
                  set({ kinds: { ...settings.kinds, [kind]: e.currentTarget.checked } })
                }
              />
              {t(KIND_KEYS[kind])}
            </label>
          ))}
        </fieldset>
        <Choice
          legend="styleLegend"
          value={settings.highlightStyle}
          options={{ underline: 'styleUnderline', band: 'styleBand' }}
          onChange={(highlightStyle) => set({ highlightStyle })}
        />
        <label class="bs-range">
          <span>{t('hoverDelay')}</span>
          <input
            type="range"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={HOVER_DELAY_RANGE.step}
            value={settings.hoverDelayMs}
            onChange={(e) => set({ hoverDelayMs: Number(e.currentTarget.value) })}
          />
          <output>{t('milliseconds', settings.hoverDelayMs)}</output>
        </label>
      </section>
      <section aria-labelledby="bs-appearance">
        <h2 id="bs-appearance">{t('sectionAppearance')}</h2>
        <Choice
          legend="themeLegend"
          value={settings.theme}
          options={{ auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' }}
          onChange={(theme) => set({ theme })}
        />
        <Choice
          legend="languageLegend"
          value={settings.language}
          options={{ auto: 'languageAuto', en: 'languageEn', vi: 'languageVi' }}
          onChange={(language) => set({ language })}
          native
        />
        <label class="bs-check">
          <input
            type="checkbox"
            checked={settings.badge}
            onChange={(e) => set({ badge: e.currentTarget.checked })}
          />
          {t('badgeLabel')}
        </label>
      </section>
      <section aria-labelledby="bs-muted">
        <h2 id="bs-muted">{t('sectionMuted')}</h2>
        {settings.mutedEntities.length === 0 ? <p class="bs-hint">{t('mutedNone')}</p> : null}
        <ul class="bs-plain-list">
          {settings.mutedEntities.map((id) => (
            <li key={id}>
              <EntityName entity={entities.get(id)} fallback={id} />
              <button
                type="button"
                class="bs-button"
                aria-label={t('mutedRestore', entities.get(id)?.name[t.lang] ?? id)}
                onClick={() => onChange(withMuted(settings, id, false))}
              >
                {t('showAgain')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

interface ChoiceProps<V extends string> {
  legend: MessageKey;
  value: V;
  options: Record<V, MessageKey>;
  onChange(value: V): void;
  /** Language names are written in their own language whatever the interface's. */
  native?: boolean;
}

/** One radio group. */
function Choice<V extends string>({ legend, value, options, onChange, native }: ChoiceProps<V>) {
  const t = useT();
  const name = `bs-${legend}`;
  return (
    <fieldset>
      <legend>{t(legend)}</legend>
      {(Object.entries(options) as [V, MessageKey][]).map(([v, key]) => (
        <label key={v} class="bs-check">
          <input
            type="radio"
            name={name}
            value={v}
            checked={v === value}
            onChange={() => onChange(v)}
          />
          {native && v !== 'auto' ? (v === 'vi' ? 'Tiếng Việt' : 'English') : t(key)}
        </label>
      ))}
    </fieldset>
  );
}
