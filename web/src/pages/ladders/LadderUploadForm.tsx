import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api, fieldErrors } from '../../api/client.js';
import { useLaddersChanged } from '../../api/ladders.js';
import { SubmitButton, TextField } from '../../components/fields.js';

/** Every problem the server found, one a line ("operations.yml:12: competencies[3].level: …"). */
function problemsOf(error: Error): string[] {
  const lines = Object.values(fieldErrors(error)).flatMap((text) => text.split('\n'));
  return lines.length > 0 ? lines : [error.message];
}

/** An FT job family, a Monzo framework file or a Growth Map ladder: the server tells them apart by their content. */
export function LadderUploadForm() {
  const [chosen, setChosen] = useState<File | null>(null);
  const [missing, setMissing] = useState<string | undefined>();
  const [success, setSuccess] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const changed = useLaddersChanged();
  const upload = useMutation({
    mutationFn: async (file: File) => api('POST /api/v1/ladders', { query: { name: file.name }, body: await file.text() }),
    onMutate: () => setSuccess(null),
    onSuccess: async (ladder) => {
      setSuccess(`Added ${ladder.name} with ${ladder.levels.length === 1 ? '1 level' : `${ladder.levels.length} levels`}.`);
      form.current?.reset();
      setChosen(null);
      await changed();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setMissing('Choose a ladder file to upload.');
      form.current?.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
      return;
    }
    setMissing(undefined);
    upload.mutate(chosen);
  };
  return (
    <form ref={form} className="card ladder-upload" onSubmit={submit} noValidate aria-labelledby="ladder-upload-heading">
      <h2 id="ladder-upload-heading">Add a ladder</h2>
      <TextField
        label="Ladder file"
        type="file"
        accept=".yaml,.yml,.md,.markdown,text/yaml,text/markdown"
        hint="An FT job-family YAML file, a Monzo progression-framework Markdown file, or a Growth Map ladder YAML file."
        error={missing}
        onChange={(event) => setChosen(event.target.files?.[0] ?? null)}
      />
      <div role="alert">
        {upload.error ? (
          <div className="form-error">
            <p>The ladder was not added. Fix these lines and upload it again:</p>
            <ul className="ladder-errors">
              {problemsOf(upload.error).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div role="status">{success ? <p className="success">{success}</p> : null}</div>
      <SubmitButton busy={upload.isPending} busyLabel="Uploading…">
        Upload ladder
      </SubmitButton>
    </form>
  );
}
