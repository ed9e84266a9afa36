/**
 * Case notes are Markdown, shown as HTML. The policy, in one place so it can be tested:
 *
 * - raw HTML in a note is never HTML: `html: false` makes markdown-it escape it as text;
 * - links go only to the web (`http:`, `https:`), to e-mail (`mailto:`) or inside the app (`#/entity/…`); anything
 *   else (`javascript:`, `data:`, `file:`, a relative path) stays plain text;
 * - images are not rendered: the app loads nothing from the network (the CSP would refuse it anyway), so
 *   `![alt](url)` shows as its text;
 * - links to the web open outside the app (`target="_blank"`, no opener, no referrer).
 */
import MarkdownIt from 'markdown-it';

type Renderer = InstanceType<typeof MarkdownIt>;

const ALLOWED_LINK = /^(?:https?:\/\/|mailto:|#\/)/i;

function createRenderer(): Renderer {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });
  md.disable(['image']);
  md.validateLink = (url) => ALLOWED_LINK.test(url.trim());
  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const href = String(token?.attrGet('href') ?? '');
    if (token && !href.startsWith('#/')) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    }
    return defaultLinkOpen
      ? defaultLinkOpen(tokens, index, options, env, self)
      : self.renderToken(tokens, index, options);
  };
  return md;
}

let renderer: Renderer | undefined;

/** Safe HTML for a note's Markdown. */
export function markdownToSafeHtml(markdown: string): string {
  renderer ??= createRenderer();
  return renderer.render(markdown);
}
