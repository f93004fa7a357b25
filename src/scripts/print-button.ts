// The print buttons on sheets, kits and the plan: a module script, not an inline handler, so the
// strict Content-Security-Policy allows it. Buttons stay hidden until this runs, so a page without
// JavaScript never shows a button that does nothing; print.css keeps them off paper.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print-button]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
