import { describe, expect, it } from 'vitest';
import { withoutScripts } from '../../bench/no-script-page.ts';

describe('withoutScripts', () => {
  it('takes out inline and external scripts and keeps the rest of the page', () => {
    const page =
      '<head><style>a{}</style><script>self.x=1;</script></head><body><a href="#q">Start</a>' +
      '<script type="module" src="/_astro/a.js"></script><p>after</p></body>';
    expect(withoutScripts(page)).toBe('<head><style>a{}</style></head><body><a href="#q">Start</a><p>after</p></body>');
  });

  it('takes out a script whose text holds a closing tag of another element', () => {
    expect(withoutScripts('<p>a</p><script>if(a)"</p>";</script><p>b</p>')).toBe('<p>a</p><p>b</p>');
  });

  it('refuses a page without scripts, so a changed build cannot be timed as its own twin', () => {
    expect(() => withoutScripts('<p>no script</p>')).toThrow('no script to take out');
  });
});
