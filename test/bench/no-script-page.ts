// The second reference: MentorFit's own readiness check page with every script taken out. Its Start
// link and first question work without JavaScript, so timing it beside the real page shows what the
// island's script costs on the way to the first question, and timing it beside the plain HTML page
// shows what the page itself costs (its stylesheet, fonts, header, footer and start screen).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The page's HTML without its `<script>` elements; throws when it had none. */
export function withoutScripts(html: string): string {
  const stripped = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  if (stripped === html) throw new Error('The readiness check page has no script to take out.');
  return stripped;
}

/**
 * Writes `questionnaire/index.html` of the built site in `siteDir`, without its scripts, into `dir`
 * (the page's CSS is inline, so the one file is the whole page), and returns `dir`.
 */
export function buildNoScriptPage(siteDir: string, dir: string): string {
  const html = readFileSync(join(siteDir, 'questionnaire', 'index.html'), 'utf8');
  mkdirSync(join(dir, 'questionnaire'), { recursive: true });
  writeFileSync(join(dir, 'questionnaire', 'index.html'), withoutScripts(html));
  return dir;
}
