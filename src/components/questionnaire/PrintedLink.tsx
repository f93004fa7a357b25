/** The absolute address of a page, so a reader of the printout can type it in. */
const absolute = (href: string): string =>
  typeof window === 'undefined' ? href : new URL(href, window.location.href).href;

/** A link that prints its address after its words, so that paper still leads somewhere. */
export function PrintedLink({ href, children }: { href: string; children: string }) {
  return (
    <>
      <a href={href}>{children}</a>
      <span class="print-address"> ({absolute(href)})</span>
    </>
  );
}
