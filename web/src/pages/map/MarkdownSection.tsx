import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import type { MapImportItem, MapImportResult } from '../../../../src/schemas/mapMarkdown.js';
import { api, urlOf } from '../../api/client.js';
import { mapKey } from '../../api/map.js';
import { useAnnounce } from '../../components/announce.js';
import { FormMessage, SubmitButton, TextAreaField } from '../../components/fields.js';
import { focusLater } from '../../components/focusLater.js';
import { formError } from '../../components/formError.js';
import './markdown.css';

/**
 * The map as the guide's Markdown template ("Start with a practical, reproducible template", the
 * Growth Map guide, section 5): download it for a README, or import one kept elsewhere — previewed
 * first, applied only on "Apply".
 */
export function MarkdownSection() {
  const [importing, setImporting] = useState(false);
  return (
    <section className="card markdown-section" aria-labelledby="markdown-heading">
      <h2 id="markdown-heading">Markdown</h2>
      <p className="muted">Keep your map in a README or a lightweight doc, in the guide’s template.</p>
      <div className="button-row">
        <a className="button secondary" href={urlOf('GET /api/v1/map/export.md')} download="growth-map.md">
          Download as Markdown
        </a>
        {importing ? null : (
          <button type="button" className="secondary" id="import-markdown" onClick={() => setImporting(true)}>
            Import from Markdown
          </button>
        )}
      </div>
      {importing ? (
        <ImportForm
          onDone={() => {
            setImporting(false);
            focusLater('import-markdown');
          }}
        />
      ) : null}
    </section>
  );
}

function ImportForm({ onDone }: { onDone: () => void }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ markdown: string; result: MapImportResult } | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const previewing = useMutation({
    mutationFn: (markdown: string) => api('POST /api/v1/map/import', { query: { dryRun: 'true' }, body: markdown }),
    onSuccess: (result, markdown) => {
      setPreview({ markdown, result });
      focusLater('markdown-preview-heading');
    },
  });
  const applying = useMutation({
    mutationFn: (markdown: string) => api('POST /api/v1/map/import', { query: { dryRun: 'false' }, body: markdown }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: mapKey });
      announce(`Imported: ${result.added.length} added, ${result.changed.length} changed.`);
      onDone();
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const markdown = file ? await file.text() : text;
    if (!markdown.trim()) {
      setMissing('Choose a Markdown file or paste the Markdown.');
      form.current?.querySelector('textarea')?.focus();
      return;
    }
    setMissing(null);
    previewing.mutate(markdown);
  };

  if (preview) {
    return (
      <ImportPreview
        result={preview.result}
        error={formError(applying.error)}
        busy={applying.isPending}
        onApply={() => applying.mutate(preview.markdown)}
        onBack={() => {
          setPreview(null);
          applying.reset();
          focusLater('markdown-file');
        }}
      />
    );
  }
  return (
    <form ref={form} className="markdown-import" onSubmit={submit} noValidate>
      <FormMessage error={formError(previewing.error)} />
      <div className="field">
        <label htmlFor="markdown-file">Markdown file</label>
        <input
          id="markdown-file"
          type="file"
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <TextAreaField
        label="Or paste the Markdown"
        hint="For example “- Destination A: Build a fault-tolerant microservice” and “- Skill 1: Observability - P”."
        rows={8}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={missing ?? undefined}
      />
      <div className="button-row">
        <SubmitButton busy={previewing.isPending} busyLabel="Reading…">
          Preview the import
        </SubmitButton>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const kindWords: Record<MapImportItem['kind'], string> = {
  destination: 'Destination',
  skill: 'Skill',
  cycle: 'Cycle plan',
  'progress-entry': 'Progress entry',
  artifact: 'Artifact',
};

function itemText(item: MapImportItem): string {
  const under = item.destination ? ` under “${item.destination}”` : '';
  return `${kindWords[item.kind]} “${item.name}”${under}${item.detail ? `: ${item.detail}` : ''}`;
}

function ItemList({ title, items }: { title: string; items: MapImportItem[] }) {
  return (
    <>
      <h4>
        {title} <span className="muted">({items.length})</span>
      </h4>
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={`${item.kind}\u0000${item.destination ?? ''}\u0000${item.name}`}>{itemText(item)}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing.</p>
      )}
    </>
  );
}

function ImportPreview(props: {
  result: MapImportResult;
  error: string | null;
  busy: boolean;
  onApply: () => void;
  onBack: () => void;
}) {
  const { result } = props;
  return (
    <section className="markdown-preview" aria-labelledby="markdown-preview-heading">
      <h3 id="markdown-preview-heading" tabIndex={-1}>
        What the import will do
      </h3>
      <p className="muted">Nothing is written until you apply. Import adds and updates; it never deletes.</p>
      <ItemList title="Will be added" items={result.added} />
      <ItemList title="Will change" items={result.changed} />
      <ItemList title="Left alone" items={result.leftAlone} />
      {result.warnings.length > 0 ? (
        <div className="notice">
          <h4>Lines it could not use</h4>
          <ul>
            {result.warnings.map((warning) => (
              <li key={`${warning.line}\u0000${warning.message}`}>
                Line {warning.line}: {warning.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <FormMessage error={props.error} />
      <div className="button-row">
        <button type="button" onClick={props.onApply} disabled={props.busy} aria-busy={props.busy || undefined}>
          {props.busy ? 'Applying…' : 'Apply'}
        </button>
        <button type="button" className="secondary" onClick={props.onBack}>
          Back
        </button>
      </div>
    </section>
  );
}
