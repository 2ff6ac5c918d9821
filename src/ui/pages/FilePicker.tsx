/**
 * A file picker that looks like every other button on the page. The native input sits inside
 * the label, invisible but full size, so it keeps its keyboard focus, its accessible name and
 * the test harness's `setInputFiles`; the chosen file's name is shown beside it when asked.
 */
import { useState } from 'preact/hooks';

interface Props {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  /** Keep the file for a form to read (name attribute) instead of handing it over at once. */
  name?: string;
  showName?: boolean;
  disabled?: boolean;
  primary?: boolean;
}

export function FilePicker({ label, accept, onFile, name, showName, disabled, primary }: Props) {
  const [chosen, setChosen] = useState('');
  return (
    <span class="row">
      <label class={`btn file-btn ${primary ? 'btn-primary' : ''}`} aria-disabled={disabled ? 'true' : undefined}>
        {label}
        <input
          type="file"
          accept={accept}
          name={name}
          disabled={disabled}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const f = input.files?.[0];
            setChosen(f?.name ?? '');
            if (f) onFile(f);
            // Keep the file when a form reads it; otherwise let the same file be picked again.
            if (!name) input.value = '';
          }}
        />
      </label>
      {showName && chosen ? <span class="file-name">{chosen}</span> : null}
    </span>
  );
}
