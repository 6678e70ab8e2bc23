import type { ClassifySettings } from '@/lib/listening/classify';
import { defaultListeningSettings } from '@/lib/listening/settings';
import type { WatchList } from '@/lib/listening/watch-list';
import type { Settings } from '@/lib/settings';
import { Field, NumberInput, Toggle } from './fields';
import { ListeningTryIt } from './ListeningTryIt';
import { SectionForm } from './SectionForm';
import { TermsField } from './TermsField';
import { useSettingsSection } from './useSettingsSection';

const WATCH_FIELDS: [keyof WatchList, string, string][] = [
  ['brands', 'Brand names', 'How people write the brand’s name (“Acme”, “Acme Corp”).'],
  [
    'handles',
    'Handles',
    'The brand’s own accounts, with or without “@”; posts by or to them match.',
  ],
  ['products', 'Products', 'Product names people mention (“Roadrunner 3000”).'],
  ['keywords', 'Keywords', 'Other words or phrases worth a look (“#acmefail”, “anvil delivery”).'],
  [
    'exclusions',
    'Exclusions',
    'A post with any of these is left out, even if it matches (“acme museum”).',
  ],
];

const THRESHOLDS: [keyof ClassifySettings & `${string}Threshold`, string][] = [
  ['questionThreshold', 'Question threshold'],
  ['complaintThreshold', 'Complaint threshold'],
  ['praiseThreshold', 'Praise threshold'],
];

const WORDS: [keyof ClassifySettings & `extra${string}`, string, string][] = [
  [
    'extraQuestionWords',
    'Extra question words',
    'Words that mean someone is asking (“is it possible”).',
  ],
  [
    'extraComplaintWords',
    'Extra complaint words',
    'Words that mean trouble in your trade (“chargeback”, “dead pixel”).',
  ],
  ['extraPraiseWords', 'Extra praise words', 'Words that mean a happy customer (“lifesaver”).'],
];

/**
 * What the team listens for (issue 11, point 1): the watch list (brand names, handles,
 * products, keywords, exclusions) and the classifier's tuning, with a "Try it" box that
 * reads a pasted post with the unsaved values.
 */
export function ListeningEditor({ settings }: { settings: Settings }) {
  const section = useSettingsSection(settings, 'listening');
  const { watchList, classifier } = section.draft;
  const setList = (field: keyof WatchList, terms: string[]) =>
    section.update({
      watchList: { ...watchList, [field]: terms },
      // The brand's handles are one list: the classifier reads them as the brand's too.
      classifier: field === 'handles' ? { ...classifier, brandHandles: terms } : classifier,
    });
  const setClassifier = <F extends keyof ClassifySettings>(field: F, value: ClassifySettings[F]) =>
    section.update({ watchList, classifier: { ...classifier, [field]: value } });
  return (
    <SectionForm
      id="listening"
      title="Listening"
      intro={
        <>
          What the team watches for on the sites: a post that mentions one of these terms, and none
          of the exclusions, is worth a look. Casebook then labels it (question, complaint, praise
          or other) and says whether it needs an answer. Terms match whatever the case or accents.
        </>
      }
      section={section}
      saveLabel="Save listening settings"
      onRestoreDefaults={() => section.update(defaultListeningSettings())}
    >
      <fieldset className="card">
        <legend>Watch list (one term per line)</legend>
        {WATCH_FIELDS.map(([field, label, hint]) => (
          <TermsField
            key={field}
            path={`listening.watchList.${field}`}
            label={label}
            hint={hint}
            value={watchList[field]}
            onChange={(terms) => setList(field, terms)}
          />
        ))}
      </fieldset>
      <fieldset className="card">
        <legend>Labelling posts</legend>
        <p className="muted small">
          A threshold is how sure the classifier must be: each clear sign (a “?”, “refund”, “thank
          you”) counts 2. Lower finds more posts, higher fewer; 0 to 20.
        </p>
        {THRESHOLDS.map(([field, label]) => (
          <Field key={field} path={`listening.classifier.${field}`} label={label}>
            <NumberInput
              path={`listening.classifier.${field}`}
              min={0}
              max={20}
              step={0.5}
              value={classifier[field]}
              onChange={(value) => setClassifier(field, value)}
            />
          </Field>
        ))}
        {WORDS.map(([field, label, hint]) => (
          <TermsField
            key={field}
            path={`listening.classifier.${field}`}
            label={label}
            hint={`${hint} One per line, counted like the built-in ones.`}
            rows={3}
            value={classifier[field]}
            onChange={(words) => setClassifier(field, words)}
          />
        ))}
        <Toggle
          label="A mention of our handle with no question still needs an answer"
          hint="Off: “@acme” alone is labelled but left for later. On: it needs an answer too."
          checked={classifier.brandMentionNeedsAnswer}
          onChange={(checked) => setClassifier('brandMentionNeedsAnswer', checked)}
        />
      </fieldset>
      <ListeningTryIt listening={section.draft} />
    </SectionForm>
  );
}
