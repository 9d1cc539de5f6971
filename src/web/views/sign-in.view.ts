// The sign-in page: Email, Password, Sign in.
import { html, type SafeHtml } from '../html.js';
import { layout, type PageFrame } from './layout.view.js';

/** The sign-in form, with an error from a failed attempt. */
export function signInPage(frame: PageFrame, props: { error: string | null; email: string; next: string }): SafeHtml {
  return layout(
    frame,
    html`<div class="narrow">
      <h1>Sign in</h1>
      <p class="lead">Sign in to see and change how your content is used to train AI models.</p>
      ${props.error === null ? '' : html`<div class="notice notice-error" role="alert" id="sign-in-error">${props.error}</div>`}
      <form method="post" action="/login" class="stack">
        <input type="hidden" name="_csrf" value="${frame.csrfToken}">
        <input type="hidden" name="next" value="${props.next}">
        <div class="field">
          <label for="email">Email</label>
          <input id="email" name="email" type="email" autocomplete="username" required value="${props.email}"${props.error === null ? '' : html` aria-describedby="sign-in-error"`}>
        </div>
        <div class="field">
          <label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
        </div>
        <button type="submit">Sign in</button>
      </form>
      <p class="fine-print">Not a member? <a href="/object">Object to the use of your data</a> without an account.</p>
    </div>`,
  );
}
