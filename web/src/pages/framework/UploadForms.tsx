import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { type CallInput, api } from '../../api/client.js';
import { SelectField, SubmitButton, TextField } from '../../components/fields.js';
import { frameworkKey } from '../../api/framework.js';

const contentFiles = [
  'stages.yaml',
  'self-check.yaml',
  'reading.yaml',
  'practice-tasks.yaml',
  'skills.yaml',
  'starter-projects.yaml',
  'destination-templates.yaml',
] as const;

/** The server's message names the file, the line and the field; it is shown as said, with what it means for the content. */
function Outcome({ error, success }: { error: Error | null; success: string | null }) {
  return (
    <>
      <div role="alert">
        {error ? (
          <div className="form-error">
            <p className="upload-message">{error.message}</p>
            <p>Nothing changed: the framework content is as it was before.</p>
          </div>
        ) : null}
      </div>
      <div role="status">{success ? <p className="success">{success}</p> : null}</div>
    </>
  );
}

function useUpload<B extends { sourceName: string }, T>(
  send: (body: B) => Promise<T>,
  describe: (result: T, sourceName: string) => string,
) {
  const queryClient = useQueryClient();
  const [success, setSuccess] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: send,
    onMutate: () => setSuccess(null),
    onSuccess: async (result, body) => {
      setSuccess(describe(result, body.sourceName));
      await queryClient.invalidateQueries({ queryKey: frameworkKey });
    },
  });
  return { upload, success };
}

export function ContentUploadForm() {
  const [file, setFile] = useState<(typeof contentFiles)[number]>('skills.yaml');
  const [chosen, setChosen] = useState<File | null>(null);
  const [missing, setMissing] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const { upload, success } = useUpload(
    (body: CallInput<'POST /api/v1/framework/uploads'>['body']) => api('POST /api/v1/framework/uploads', { body }),
    (_, name) => `Uploaded ${name} as ${file}. Everyone now sees the new content.`,
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) {
      setMissing('Choose a YAML file to upload.');
      form.current?.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
      return;
    }
    setMissing(undefined);
    upload.mutate({ file, text: await chosen.text(), sourceName: chosen.name });
  }
  return (
    <form ref={form} className="card upload-form" onSubmit={submit} noValidate aria-labelledby="content-upload-heading">
      <h2 id="content-upload-heading">Upload a YAML list</h2>
      <SelectField
        label="Which list"
        options={contentFiles.map((f) => ({ value: f, label: f }))}
        value={file}
        onChange={(e) => setFile(e.target.value as typeof file)}
      />
      <TextField
        label="Content file"
        type="file"
        accept=".yaml,.yml,text/yaml"
        error={missing}
        onChange={(e) => {
          const picked = e.target.files?.[0] ?? null;
          setChosen(picked);
          const named = contentFiles.find((f) => f === picked?.name);
          if (named) setFile(named);
        }}
      />
      <Outcome error={upload.error} success={success} />
      <SubmitButton busy={upload.isPending} busyLabel="Uploading…">
        Upload content file
      </SubmitButton>
    </form>
  );
}

export function SkillsCsvForm() {
  const [chosen, setChosen] = useState<File | null>(null);
  const [missing, setMissing] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const { upload, success } = useUpload(
    (body: CallInput<'POST /api/v1/framework/skills-csv'>['body']) => api('POST /api/v1/framework/skills-csv', { body }),
    (result, name) => `Imported ${name}: ${result.added === 1 ? '1 skill' : `${result.added} skills`} added to the catalogue.`,
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) {
      setMissing('Choose a CSV file to import.');
      form.current?.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
      return;
    }
    setMissing(undefined);
    upload.mutate({ text: await chosen.text(), sourceName: chosen.name });
  }
  return (
    <form ref={form} className="card upload-form" onSubmit={submit} noValidate aria-labelledby="csv-upload-heading">
      <h2 id="csv-upload-heading">Import a skills matrix</h2>
      <p className="field-hint">
        Columns: skill, category, novice, practitioner, expert, and optionally stages (separated by “;”).
      </p>
      <TextField
        label="Skills matrix (CSV)"
        type="file"
        accept=".csv,text/csv"
        error={missing}
        onChange={(e) => setChosen(e.target.files?.[0] ?? null)}
      />
      <Outcome error={upload.error} success={success} />
      <SubmitButton busy={upload.isPending} busyLabel="Importing…">
        Import skills matrix
      </SubmitButton>
    </form>
  );
}
