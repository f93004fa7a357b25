import { useState } from 'preact/hooks';
import { importExample, importText } from '../../stores/matching';
import { readChosenFile } from '../../stores/matching-reactions';
import { downloadName } from '../../lib/matching/files';
import type { Person } from '../../lib/matching/types';
import { describedBy, Field } from '../island-kit/Field';
import { ImportReport } from './ImportReport';
import { useMatchingView } from './matching-view';

interface Props {
  /** The example file's address and its people. */
  example: { href: string; people: readonly Person[] };
  /** The empty template's address. */
  templateHref: string;
}

/** Cells pasted from a spreadsheet, added with a button. */
function PasteField() {
  const { t } = useMatchingView();
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState(false);
  const readPasted = (): void => {
    setPasteError(pasted.trim() === '');
    if (pasted.trim() === '') return;
    importText(pasted);
    setPasted('');
  };
  return (
    <Field
      id="import-paste"
      label={t('matching.pasteLabel')}
      labelClass="label"
      error={pasteError ? t('matching.pasteEmpty') : undefined}
      errorPrefix={t('form.errorPrefix')}
    >
      <textarea
        id="import-paste"
        class="textarea"
        rows={4}
        value={pasted}
        aria-describedby={describedBy('import-paste', false, pasteError)}
        onInput={(event) => setPasted(event.currentTarget.value)}
      />
      <button type="button" class="button button--secondary" onClick={readPasted}>
        {t('matching.pasteButton')}
      </button>
    </Field>
  );
}

/** Try the example at once, import a file or a pasted range, or download the example and template. */
export function ImportPanel({ example, templateHref }: Props) {
  const view = useMatchingView();
  const { t } = view;
  const columns = view.catalogue.columns.map((column) => column[view.lang]).join(', ');
  const counts = {
    seniors: example.people.filter((person) => person.role === 'senior').length,
    juniors: example.people.filter((person) => person.role === 'junior').length,
  };

  const readFile = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await readChosenFile(file);
    input.value = '';
  };

  return (
    <div class="matching-import">
      <p>
        <button type="button" class="button" onClick={() => importExample(example.people)}>
          {t('matching.tryExample', counts)}
        </button>
      </p>
      <h3>{t('matching.importHeading')}</h3>
      <p class="hint" id="import-hint">
        {t('matching.importHint', { columns })}
      </p>
      <ul class="matching-downloads">
        <li>
          <a href={example.href} download={downloadName(example.href.split('/').pop() ?? '')} type="text/csv">
            {t('matching.downloadExample', counts)}
          </a>
        </li>
        <li>
          <a href={templateHref} download={downloadName(templateHref.split('/').pop() ?? '')} type="text/csv">
            {t('matching.downloadTemplate')}
          </a>
        </li>
      </ul>
      <div class="field">
        <label class="label" for="import-file">
          {t('matching.fileLabel')}
        </label>
        <input
          id="import-file"
          class="file-input"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          aria-describedby="import-hint"
          onChange={(event) => void readFile(event)}
        />
      </div>
      <PasteField />
      <ImportReport />
    </div>
  );
}
