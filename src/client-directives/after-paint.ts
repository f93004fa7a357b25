import type { ClientDirective } from 'astro';

/**
 * `client:afterpaint`: wakes the island once the whole server-rendered page has been parsed and drawn.
 * Astro's `client:load` starts fetching, running and hydrating the island's code while the page is
 * still being parsed, and that work can push back the frame that shows the page.
 */
const afterPaint: ClientDirective = (load) => {
  const hydrate = async (): Promise<void> => (await load())();
  // The frame after the page is parsed, then a task after that frame has been drawn.
  const afterNextFrame = (): void => void requestAnimationFrame(() => setTimeout(() => void hydrate(), 0));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterNextFrame, { once: true });
  else afterNextFrame();
};

export default afterPaint;
