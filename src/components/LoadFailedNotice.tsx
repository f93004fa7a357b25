interface Props {
  title: string;
  message: string;
  /** The button's text. */
  reload: string;
}

/** The message when an island's data or later code could not be fetched (offline, or a new version deployed): reload. */
export function LoadFailedNotice({ title, message, reload }: Props) {
  return (
    <div class="notice notice--problem" role="alert">
      <h2 class="notice__title">{title}</h2>
      <p>{message}</p>
      <button type="button" class="button button--secondary" onClick={() => window.location.reload()}>
        {reload}
      </button>
    </div>
  );
}
