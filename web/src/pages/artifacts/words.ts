import { artifactKindLabels, artifactKindOrder } from '../../../../src/domain/labels.js';
import type { ArtifactFile, Metric } from '../../../../src/schemas/artifacts.js';
import { formatDate } from '../../components/format.js';

export const kindOptions = artifactKindOrder.map((value) => ({ value, label: artifactKindLabels[value] }));
export { artifactKindLabels };

// Shared with the one-page map, so it lives in the kit.
export { metricText } from '../../components/metricText.js';

export const measuredText = (metric: Metric) => (metric.measuredOn ? `measured ${formatDate(metric.measuredOn)}` : '');

export const fileTypeLabels: Record<ArtifactFile['type'], string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/webp': 'WebP image',
  'text/plain': 'text',
  'text/markdown': 'Markdown',
};

/** "2.4 MB", "830 KB", "12 bytes". */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export const maxFileText = '10 MB';
export const allowedFilesText = 'PDF, PNG, JPEG, WebP, plain text or Markdown';
