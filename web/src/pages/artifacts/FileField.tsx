import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import type { Artifact } from '../../../../src/schemas/artifacts.js';
import { maxFileBytes } from '../../../../src/schemas/limits.js';
import { fileUrl, useArtifactsChanged } from '../../api/artifacts.js';
import { api } from '../../api/client.js';
import { formError } from '../../components/formError.js';
import { allowedFilesText, fileTypeLabels, maxFileText, sizeText } from './words.js';

/** What the browser may offer in its picker; the server decides from the bytes whatever is chosen. */
const accept =
  '.pdf,.png,.jpg,.jpeg,.webp,.txt,.md,.markdown,application/pdf,image/png,image/jpeg,image/webp,text/plain,text/markdown';

/**
 * The artifact's one file: what is attached now (to download or remove), and a new one to send
 * when the form is saved. A file over the limit is refused here at once, before any upload.
 */
export function FileField({
  artifact,
  chosen,
  onChoose,
  onProblem,
  progress,
  problem,
}: {
  artifact: Artifact | undefined;
  chosen: File | null;
  onChoose: (file: File | null) => void;
  onProblem: (message: string | null) => void;
  progress: number | null;
  problem: string | null;
}) {
  const id = useId();
  const changed = useArtifactsChanged();
  const remove = useMutation({
    mutationFn: (artifactId: string) => api('DELETE /api/v1/artifacts/{id}/file', { params: { id: artifactId } }),
    onSuccess: () => changed(),
  });
  const current = artifact?.file;
  const describedBy = [`${id}-hint`, problem ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className="artifact-file">
      <legend>File (optional)</legend>
      {artifact && current && !remove.isSuccess ? (
        <p>
          Attached: <a href={fileUrl(artifact.id)}>{current.name}</a>{' '}
          <span className="muted">
            ({fileTypeLabels[current.type]}, {sizeText(current.size)})
          </span>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => remove.mutate(artifact.id)}
            disabled={remove.isPending}
            aria-busy={remove.isPending || undefined}
          >
            Remove file
          </button>
        </p>
      ) : null}
      {remove.isError ? <p className="field-error">{formError(remove.error)}</p> : null}
      <div className="field">
        <label htmlFor={id}>{current ? 'Replace it with' : 'Choose a file'}</label>
        <input
          id={id}
          type="file"
          accept={accept}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            const file = event.target.files?.[0] ?? null;
            if (file && file.size > maxFileBytes) {
              event.target.value = '';
              onChoose(null);
              onProblem(`“${file.name}” is ${sizeText(file.size)}; a file can be at most ${maxFileText}.`);
              return;
            }
            onChoose(file);
          }}
        />
        <div className="field-hint" id={`${id}-hint`}>
          {allowedFilesText}, up to {maxFileText}. It is sent when you save
          {chosen ? `: “${chosen.name}”, ${sizeText(chosen.size)}` : ''}. The type is read from the file itself, so SVG and HTML
          are refused whatever their name.
        </div>
      </div>
      {progress !== null ? (
        <div className="upload-progress">
          <label htmlFor={`${id}-progress`}>Uploading {chosen?.name ?? 'the file'}</label>{' '}
          <progress id={`${id}-progress`} max={1} value={progress}>
            {Math.round(progress * 100)}%
          </progress>{' '}
          <span aria-hidden="true">{Math.round(progress * 100)}%</span>
        </div>
      ) : null}
      <div role="alert" className={problem ? 'field-error' : undefined} id={`${id}-error`}>
        {problem}
      </div>
    </fieldset>
  );
}
