import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommentSubjectKind } from '../../../src/schemas/comments.js';
import { api } from './client.js';

/** Comments, ratings, the dashboard and the roadmap review sit under one key, so any change refreshes them. */
export const mentoringKey = ['mentoring'] as const;

export const useMentees = () => useQuery({ queryKey: [...mentoringKey, 'mentees'], queryFn: () => api('GET /api/v1/mentees') });

const unreadComments = { queryKey: [...mentoringKey, 'unread'], queryFn: () => api('GET /api/v1/comments/unread') };

export const useUnreadComments = () => useQuery(unreadComments);

/**
 * The navigation's count: the comments screen's own query, so reading a thread (which refreshes the mentoring
 * key) clears it; asked again at most once a minute while a page stays open.
 */
export const useUnreadCommentCount = (signedIn: boolean) =>
  useQuery({ ...unreadComments, enabled: signedIn, refetchInterval: 60_000, select: (unread) => unread.total });

export const useCommentThread = (subjectKind: CommentSubjectKind, subjectId: string) =>
  useQuery({
    queryKey: [...mentoringKey, 'thread', subjectKind, subjectId],
    queryFn: () => api('GET /api/v1/comments', { query: { subjectKind, subjectId } }),
  });

export const useRatings = (owner?: string) =>
  useQuery({
    queryKey: [...mentoringKey, 'ratings', owner ?? 'mine'],
    queryFn: () => api('GET /api/v1/mentor-ratings', { query: owner ? { owner } : {} }),
  });

export const useRoadmapReview = (owner?: string) =>
  useQuery({
    queryKey: [...mentoringKey, 'roadmap-review', owner ?? 'mine'],
    queryFn: () => api('GET /api/v1/roadmap-review', { query: owner ? { owner } : {} }),
  });

export function useMentoringChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: mentoringKey });
}
