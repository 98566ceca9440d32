import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Artifact, ArtifactFile } from '../../../src/schemas/artifacts.js';
import { ApiError, api, currentCsrfToken, urlOf } from './client.js';
import { thisWeekKey } from './planning.js';

export interface ArtifactQuery {
  kind?: Artifact['kind'];
  skillId?: string;
  destinationId?: string;
  hasOutcome?: 'true' | 'false';
}

/** Every list of artifacts sits under one key, so a change refreshes them all. */
export const artifactsKey = ['artifacts'] as const;
export const artifactListKey = (query: ArtifactQuery) => ['artifacts', 'list', query] as const;
export const artifactKey = (id: string) => ['artifacts', 'one', id] as const;

export const useArtifacts = (query: ArtifactQuery = {}) =>
  useQuery({ queryKey: artifactListKey(query), queryFn: () => api('GET /api/v1/artifacts', { query }) });

export const useArtifact = (id: string) =>
  useQuery({
    queryKey: artifactKey(id),
    queryFn: () => api('GET /api/v1/artifacts/{id}', { params: { id } }),
    enabled: Boolean(id),
  });

/** After an artifact changed: refresh the lists, the record, and the home screen's checklist. */
export function useArtifactsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: artifactsKey }),
      queryClient.invalidateQueries({ queryKey: thisWeekKey }),
    ]);
}

export const fileUrl = (id: string) => urlOf('GET /api/v1/artifacts/{id}/file', { params: { id } });

/**
 * Sends a file's bytes to `PUT /api/v1/artifacts/{id}/file`, reporting the share sent so far (0–1).
 * XMLHttpRequest, because fetch cannot report an upload's progress; errors arrive as the client's ApiError.
 */
export function uploadArtifactFile(id: string, file: File, onProgress: (share: number) => void): Promise<ArtifactFile> {
  // The PUT's address is the GET's, with the name to keep.
  const url = `${fileUrl(id)}?${new URLSearchParams({ name: file.name })}`;
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.setRequestHeader('X-CSRF-Token', currentCsrfToken());
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () =>
      reject(new ApiError(0, 'network', 'Could not reach the server. Check your connection and try again.'));
    request.onload = () => {
      const body = parse(request.responseText);
      if (request.status >= 200 && request.status < 300 && isFileSummary(body)) return resolve(body);
      const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : null;
      const field = (name: string) =>
        typeof error === 'object' && error !== null && name in error ? String(Reflect.get(error, name)) : null;
      reject(
        new ApiError(request.status, field('code') ?? 'internal', field('message') ?? `The server answered ${request.status}.`),
      );
    };
    request.send(file);
  });
}

const isFileSummary = (value: unknown): value is ArtifactFile =>
  typeof value === 'object' && value !== null && 'name' in value && 'type' in value && 'size' in value;

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
