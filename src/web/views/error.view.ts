// The page shown when a page request fails: what happened, in words, and where to go next.
import { html, type SafeHtml } from '../html.js';
import { layout, type PageFrame } from './layout.view.js';

const TITLES: Readonly<Record<number, string>> = { 400: 'That did not work', 401: 'Please sign in', 403: 'Not allowed', 404: 'Page not found', 413: 'Too much at once', 429: 'Too many attempts', 500: 'Something went wrong' };

/** The title of an error page for a status. */
export function errorTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Something went wrong' : 'That did not work');
}

/** An error page. */
export function errorPage(frame: PageFrame, props: { status: number; message: string; code: string }): SafeHtml {
  return layout(
    frame,
    html`<h1>${errorTitle(props.status)}</h1>
      <div class="notice notice-error" role="alert"><p>${props.message}</p></div>
      <p class="fine-print">Error code <code>${props.code}</code>. <a href="/">Go to the start page</a>.</p>`,
  );
}
