import type { ReactNode } from 'react';
import { formatDate } from './format.js';

/** Words for screen readers that sighted users get from the layout. */
export const Hidden = ({ children }: { children: ReactNode }) => <span className="visually-hidden">{children}</span>;

export const DateText = ({ date }: { date: string }) => <time dateTime={date}>{formatDate(date)}</time>;
