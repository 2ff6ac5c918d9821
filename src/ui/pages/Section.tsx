/** One card of the settings page: a titled section the table of contents links to. */
import type { ComponentChildren } from 'preact';

export function Section({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {hint ? <p class="muted">{hint}</p> : null}
      {children}
    </section>
  );
}
