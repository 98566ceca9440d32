import { useId, useMemo } from 'react';
import { checkSmart } from '../../../../src/domain/smart.js';
import type { Category } from '../../../../src/schemas/common.js';
import type { WizardDraft } from '../../../../src/schemas/framework.js';
import { SelectField, TextAreaField, TextField } from '../../components/fields.js';
import { categories, categoryOptions, levelDefinitions, useToday } from '../../components/format.js';
import { SmartBadges, SmartReasons } from '../../components/SmartBadges.js';
import type { DestinationEdit } from './draftSelection.js';
import { FillIn, Placeholdered, placeholdersIn } from './wizardWords.js';
import { DateText, Hidden } from '../../components/text.js';

type DraftDestination = WizardDraft['destinations'][number];

/** One drafted destination: what it says (placeholders marked), its SMART check, why, its skills, and what to keep. */
export function DraftDestinationCard({
  number,
  destination,
  edit,
  onEdit,
  editing,
  onEditing,
  titleError,
}: {
  number: number;
  destination: DraftDestination;
  edit: DestinationEdit;
  onEdit: (patch: Partial<DestinationEdit>) => void;
  editing: boolean;
  onEditing: (open: boolean) => void;
  titleError?: string | undefined;
}) {
  const id = useId();
  const today = useToday();
  const { title, description, measure, targetDate, businessImpact } = edit;
  const smart = useMemo(
    () => checkSmart({ title, description, measure, targetDate, businessImpact }, today),
    [title, description, measure, targetDate, businessImpact, today],
  );
  const tokens = placeholdersIn(title, description, measure, businessImpact);
  return (
    <article className={`card draft-destination${edit.accepted ? '' : ' left-out'}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <span className="muted">Destination {number}:</span> <Placeholdered text={title || '(no title)'} />
      </h3>
      <label className="accept-choice">
        <input type="checkbox" checked={edit.accepted} onChange={(e) => onEdit({ accepted: e.target.checked })} />
        Accept destination {number}
      </label>
      <p>
        <span className="tag">{categories[edit.category].label}</span>
      </p>
      <dl className="destination-facts">
        {description ? (
          <div>
            <dt>Description</dt>
            <dd>
              <Placeholdered text={description} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Measure</dt>
          <dd>
            <Placeholdered text={measure} />
          </dd>
        </div>
        <div>
          <dt>Target date</dt>
          <dd>{targetDate ? <DateText date={targetDate} /> : 'None'}</dd>
        </div>
        <div>
          <dt>Business impact</dt>
          <dd>
            <Placeholdered text={businessImpact} />
          </dd>
        </div>
      </dl>
      <SmartBadges smart={smart} />
      <SmartReasons smart={smart} />
      <FillIn tokens={tokens} />
      <p className="why">
        <strong>Why:</strong> {destination.why}
      </p>
      <button
        type="button"
        id={`${id}-toggle`}
        className="secondary"
        aria-expanded={editing}
        aria-controls={`${id}-edit`}
        onClick={() => onEditing(!editing)}
      >
        Edit destination {number}
      </button>
      <div id={`${id}-edit`} hidden={!editing} className="draft-edit" role="group" aria-labelledby={`${id}-toggle`}>
        {editing ? (
          <>
            <TextField
              label="Title"
              value={title}
              onChange={(e) => onEdit({ title: e.target.value })}
              error={titleError}
              maxLength={300}
            />
            <SelectField
              label="Category"
              value={edit.category}
              options={categoryOptions}
              onChange={(e) => onEdit({ category: e.target.value as Category })}
              hint="Drafted from your goal or template; pick another if it fits better."
            />
            <TextAreaField
              label="Description"
              value={description}
              onChange={(e) => onEdit({ description: e.target.value })}
              maxLength={5000}
            />
            <TextField label="Measure" value={measure} onChange={(e) => onEdit({ measure: e.target.value })} maxLength={1000} />
            <TextField
              label="Target date"
              type="date"
              value={targetDate}
              onChange={(e) => onEdit({ targetDate: e.target.value })}
            />
            <TextAreaField
              label="Business impact"
              value={businessImpact}
              onChange={(e) => onEdit({ businessImpact: e.target.value })}
              maxLength={2000}
            />
          </>
        ) : null}
      </div>
      <fieldset className="draft-skills" disabled={!edit.accepted}>
        <legend>Skills for destination {number}</legend>
        {destination.skills.length === 0 ? <p className="muted">No skills suggested.</p> : null}
        <ul>
          {destination.skills.map((skill) => (
            <li key={skill.key}>
              <label className="accept-choice">
                <input
                  type="checkbox"
                  checked={edit.skills[skill.key] ?? false}
                  aria-describedby={`${id}-why-${skill.key}`}
                  onChange={(e) => onEdit({ skills: { ...edit.skills, [skill.key]: e.target.checked } })}
                />
                <span>
                  <strong>{skill.name}</strong>: {levelDefinitions[skill.currentLevel].label} (
                  {levelDefinitions[skill.currentLevel].letter})<span aria-hidden="true"> → </span>
                  <Hidden> to </Hidden>
                  {levelDefinitions[skill.targetLevel].label} ({levelDefinitions[skill.targetLevel].letter})
                </span>
              </label>
              <p className="why" id={`${id}-why-${skill.key}`}>
                <strong>Why:</strong> {skill.why}
              </p>
            </li>
          ))}
        </ul>
        {!edit.accepted ? <p className="muted">Accept the destination to keep its skills.</p> : null}
      </fieldset>
    </article>
  );
}
