import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import type { QuarterlyReview, snapshotComparison } from '../../../../src/schemas/planning.js';
import { api } from '../../api/client.js';
import { SelectField } from '../../components/fields.js';
import { LoadError, Loading } from '../../components/Page.js';
import { SnapshotColumn, levelWord } from './SnapshotColumn.js';
import { reviewName } from './reviewNames.js';
import { quarterlyKey } from '../../api/planning.js';

type Comparison = z.infer<typeof snapshotComparison>;

/** Any two snapshots side by side, and what changed between them, in words as well as arrows. */
export function CompareReviews({ reviews }: { reviews: QuarterlyReview[] }) {
  const [picked, setPicked] = useState({ before: reviews[1]?.id ?? '', after: reviews[0]?.id ?? '' });
  const find = (id: string) => reviews.find((r) => r.id === id);
  const before = find(picked.before) ?? reviews[1];
  const after = find(picked.after) ?? reviews[0];
  const ready = Boolean(before && after && before.id !== after.id);
  const comparison = useQuery({
    queryKey: [...quarterlyKey, 'compare', before?.id, after?.id],
    queryFn: () => api('GET /api/v1/quarterly-reviews/compare', { query: { before: before?.id ?? '', after: after?.id ?? '' } }),
    enabled: ready,
  });
  const options = reviews.map((r) => ({ value: r.id, label: reviewName(r, reviews) }));
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare two reviews</h2>
      <div className="field-row">
        <SelectField
          label="Earlier review"
          value={before?.id ?? ''}
          options={options}
          onChange={(e) => setPicked((p) => ({ ...p, before: e.target.value }))}
        />
        <SelectField
          label="Later review"
          value={after?.id ?? ''}
          options={options}
          onChange={(e) => setPicked((p) => ({ ...p, after: e.target.value }))}
        />
      </div>
      {!ready || !before || !after ? (
        <p className="notice">Pick two different reviews to compare.</p>
      ) : (
        <>
          <div className="snapshots">
            <SnapshotColumn heading={`Earlier: ${reviewName(before, reviews)}`} review={before} />
            <SnapshotColumn heading={`Later: ${reviewName(after, reviews)}`} review={after} />
          </div>
          <div aria-live="polite">
            {comparison.isPending ? (
              <Loading what="Comparing" />
            ) : comparison.isError ? (
              <LoadError error={comparison.error} />
            ) : (
              <Changes c={comparison.data} />
            )}
          </div>
        </>
      )}
    </section>
  );
}

function Titles({ label, items }: { label: string; items: { id: string; title: string }[] }) {
  if (items.length === 0) return null;
  return (
    <li>
      <strong>{label}:</strong> {items.map((i) => i.title).join('; ')}
    </li>
  );
}

function Changes({ c }: { c: Comparison }) {
  const nothing = [c.added, c.removed, c.completed, c.retired, c.reactivated, c.levelsMoved, c.skillsAdded].every(
    (list) => list.length === 0,
  );
  return (
    <div className="card changes">
      <h3>What changed</h3>
      {nothing ? (
        <p>Nothing changed between these two reviews.</p>
      ) : (
        <ul>
          <Titles label="Destinations added" items={c.added} />
          <Titles label="Completed" items={c.completed} />
          <Titles label="Retired" items={c.retired} />
          <Titles label="Reactivated" items={c.reactivated} />
          <Titles label="Deleted" items={c.removed} />
          {c.skillsAdded.length ? (
            <li>
              <strong>Skills added:</strong> {c.skillsAdded.map((s) => `${s.skill} (${s.destination})`).join('; ')}
            </li>
          ) : null}
          {c.levelsMoved.length ? (
            <li>
              <strong>Levels moved:</strong>
              <ul className="levels-moved">
                {c.levelsMoved.map((m) => (
                  <li key={m.skillId} className={`change ${m.direction}`}>
                    <span aria-hidden="true">{m.direction === 'up' ? '↑' : '↓'} </span>
                    {m.skill} <span className="muted">({m.destination})</span>: {levelWord(m.from)} → {levelWord(m.to)},{' '}
                    <strong>{m.direction === 'up' ? 'moved up' : 'moved down'}</strong>
                  </li>
                ))}
              </ul>
            </li>
          ) : null}
        </ul>
      )}
    </div>
  );
}
