import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** The input's id, for its label. */
  id: string;
  label: string;
  url: string;
  copyLabel: string;
  /** What the status line says once the link is on the clipboard. */
  copiedText: string;
  copyStatus: 'idle' | 'copying' | 'copied' | 'failed';
  onCopy: () => void;
  /** The id of a note about the link (a warning, say), shown between the field and the status. */
  describedBy?: string | undefined;
  children?: ComponentChildren;
}

/**
 * A link in a read-only field with a Copy button, for the result's share link and the team's
 * comparison link. When the browser refuses the clipboard, the link is selected so the user can copy
 * it themselves.
 */
export function CopyLinkField(props: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (props.copyStatus === 'failed') input.current?.focus();
  }, [props.copyStatus]);

  return (
    <>
      <label class="label" for={props.id}>
        {props.label}
      </label>
      <div class="share__row">
        <input
          class="input"
          id={props.id}
          ref={input}
          type="text"
          readOnly
          value={props.url}
          aria-describedby={props.describedBy}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" class="button button--secondary" onClick={props.onCopy}>
          {props.copyLabel}
        </button>
      </div>
      {props.children}
      <p class="meta" role="status">
        {props.copyStatus === 'copied' ? props.copiedText : ''}
      </p>
    </>
  );
}
