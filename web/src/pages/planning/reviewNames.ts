import type { QuarterlyReview } from '../../../../src/schemas/planning.js';
import { formatDate } from '../../components/format.js';

/** "12 Jul 2026", with the time added when two reviews share a day. */
export function reviewName(review: QuarterlyReview, all: readonly QuarterlyReview[]): string {
  const sameDay = all.filter((r) => r.date === review.date).length > 1;
  if (!sameDay) return formatDate(review.date);
  const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(
    new Date(review.createdAt),
  );
  return `${formatDate(review.date)}, ${time}`;
}
