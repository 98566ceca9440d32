import { limits } from '../../../../src/schemas/limits.js';
import { TextField } from '../../components/fields.js';
import { RadioGroup } from '../../components/choices.js';
import { ownerLabels } from './words.js';

export interface ItemDraft {
  /** Set on items the session already has, so they keep their status. */
  id?: string;
  key: string;
  text: string;
  owner: 'me' | 'partner';
  due: string;
}

let counter = 0;
export const blankItem = (): ItemDraft => ({ key: `new-${++counter}`, text: '', owner: 'me', due: '' });

/** The session's own action items: what each person agreed to do, with an optional due date. */
export function ActionItemRows({
  items,
  onChange,
  errors,
}: {
  items: readonly ItemDraft[];
  onChange: (items: ItemDraft[]) => void;
  errors: Record<string, string>;
}) {
  const update = (index: number, change: Partial<ItemDraft>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  return (
    <fieldset>
      <legend>Action items</legend>
      {items.length === 0 ? <p className="muted">No action items yet.</p> : null}
      {items.map((item, index) => (
        <div key={item.key} className="action-item-row" role="group" aria-label={`Action item ${index + 1}`}>
          <TextField
            label={`Action item ${index + 1}`}
            value={item.text}
            maxLength={limits.actionItemText}
            onChange={(event) => update(index, { text: event.target.value })}
            error={errors[`actionItems.${index}.text`]}
          />
          <RadioGroup
            legend="Who does it"
            name={`owner-${item.key}`}
            inline
            options={[
              { value: 'me', label: ownerLabels.me },
              { value: 'partner', label: ownerLabels.partner },
            ]}
            value={item.owner}
            onChange={(owner) => update(index, { owner: owner === 'partner' ? 'partner' : 'me' })}
          />
          <TextField
            label="Due (optional)"
            type="date"
            value={item.due}
            onChange={(event) => update(index, { due: event.target.value })}
            error={errors[`actionItems.${index}.due`]}
          />
          <button type="button" className="secondary" onClick={() => onChange(items.filter((_, i) => i !== index))}>
            Remove<span className="visually-hidden"> action item {index + 1}</span>
          </button>
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => onChange([...items, blankItem()])}>
          Add an action item
        </button>
      </div>
    </fieldset>
  );
}
