import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { SelfCheck, selfCheckComparison } from '../../../../src/schemas/framework.js';
import { api } from '../../api/client.js';
import { LoadError, Loading } from '../../components/Page.js';
import { FormMessage, SelectField } from '../../components/fields.js';
import { type Answer, answerWords, percent } from './words.js';
import { DateText, Hidden } from '../../components/text.js';

type Comparison = z.infer<typeof selfCheckComparison>;

const said = (answer: Answer | null) => (answer ? answerWords[answer] : 'Not answered');
const arrows = { better: '↑', worse: '↓', same: '=' } as const;
const directionWords = { better: 'Better', worse: 'Worse', same: 'Same' } as const;

/** Two self-checks of one stage side by side: what moved, and each area before and after. */
export function CompareSelfChecks({ checks, optionLabel }: { checks: SelfCheck[]; optionLabel: (check: SelfCheck) => string }) {
  const [before, setBefore] = useState(checks[1]?.id ?? '');
  const [after, setAfter] = useState(checks[0]?.id ?? '');
  const [pair, setPair] = useState<{ before: string; after: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const comparison = useQuery({
    queryKey: ['self-checks', 'compare', pair?.before, pair?.after],
    queryFn: () => api('GET /api/v1/self-checks/compare', { query: { before: pair?.before ?? '', after: pair?.after ?? '' } }),
    enabled: pair !== null,
  });
  const options = checks.map((check) => ({ value: check.id, label: optionLabel(check) }));
  function submit(event: FormEvent) {
    event.preventDefault();
    if (before === after) {
      setProblem('Pick two different self-checks.');
      return;
    }
    setProblem(null);
    setPair({ before, after });
  }
  return (
    <section aria-labelledby="compare-heading" className="compare">
      <h3 id="compare-heading">Compare two self-checks</h3>
      <form className="compare-form" onSubmit={submit}>
        <SelectField label="Earlier self-check" options={options} value={before} onChange={(e) => setBefore(e.target.value)} />
        <SelectField label="Later self-check" options={options} value={after} onChange={(e) => setAfter(e.target.value)} />
        <button type="submit">Compare</button>
      </form>
      <FormMessage error={problem} />
      {pair === null ? null : comparison.isPending ? (
        <Loading what="Comparing" />
      ) : comparison.isError ? (
        <LoadError error={comparison.error} />
      ) : (
        <ComparisonView comparison={comparison.data} />
      )}
    </section>
  );
}

function ComparisonView({ comparison }: { comparison: Comparison }) {
  const moved = comparison.moved.filter((m) => m.direction !== 'same');
  const same = comparison.moved.length - moved.length;
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the heading whenever another pair is compared
  useEffect(() => heading.current?.focus(), [comparison.before.id, comparison.after.id]);
  return (
    <div className="comparison">
      <h4 ref={heading} tabIndex={-1}>
        What moved between <DateText date={comparison.before.takenOn} /> and <DateText date={comparison.after.takenOn} />
      </h4>
      {moved.length === 0 ? <p>No answer changed.</p> : null}
      <ul className="moved">
        {moved.map((m) => (
          <li key={m.itemId} className={`moved-${m.direction}`}>
            <span className="direction" aria-hidden="true">
              {arrows[m.direction]}
            </span>{' '}
            <strong>{directionWords[m.direction]}:</strong> {m.statement}{' '}
            <span className="muted">
              ({said(m.from)} <span aria-hidden="true">→</span>
              <Hidden> became </Hidden> {said(m.to)})
            </span>
          </li>
        ))}
      </ul>
      {same > 0 ? (
        <p className="muted">{same === 1 ? '1 statement stayed the same.' : `${same} statements stayed the same.`}</p>
      ) : null}
      <table className="area-compare">
        <caption>Each area before and after</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">
              Earlier (<DateText date={comparison.before.takenOn} />)
            </th>
            <th scope="col">
              Later (<DateText date={comparison.after.takenOn} />)
            </th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {comparison.areas.map((a) => {
            const points = Math.round((a.after - a.before) * 100);
            return (
              <tr key={a.area}>
                <th scope="row">{a.label}</th>
                <td>{percent(a.before)}</td>
                <td>{percent(a.after)}</td>
                <td>{points === 0 ? 'No change' : `${points > 0 ? '↑ up' : '↓ down'} ${Math.abs(points)} percentage points`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
