// The public objection form for people who are not members: name, e-mail, handles and links, no account needed.
import { humanDate } from '../../domain/human-date.js';
import { html, type SafeHtml } from '../html.js';
import { layout, type PageFrame } from './layout.view.js';

/** Values to refill the form with after a refused submission. */
export interface PublicObjectionValues {
  readonly name: string;
  readonly email: string;
  readonly handles: string;
  readonly links: string;
  readonly statement: string;
}

const EMPTY: PublicObjectionValues = { name: '', email: '', handles: '', links: '', statement: '' };

/** The form, with the problems of a refused submission listed first. */
export function publicObjectionPage(frame: PageFrame, props: { problems: readonly string[]; values: PublicObjectionValues | null }): SafeHtml {
  const v = props.values ?? EMPTY;
  const body = html`
    <h1>Object to the use of your data</h1>
    <p class="lead">You do not need an account. If posts on this network name or show you, tell us who you are and where: from now on every
      dataset we build replaces your name, e-mail address and handles, and a privacy officer reviews the content you link to.</p>
    ${
      props.problems.length === 0
        ? ''
        : html`<div class="notice notice-error" role="alert"><p>Please correct the following:</p><ul>${props.problems.map((p) => html`<li>${p}</li>`)}</ul></div>`
    }
    <form method="post" action="/object" class="stack">
      <input type="hidden" name="_csrf" value="${frame.csrfToken}">
      <div class="field">
        <label for="name">Name</label>
        <input id="name" name="name" type="text" autocomplete="name" required maxlength="200" value="${v.name}">
      </div>
      <div class="field">
        <label for="email">E-mail</label>
        <input id="email" name="email" type="email" autocomplete="email" required maxlength="320" value="${v.email}" aria-describedby="email-hint">
        <p class="hint" id="email-hint">We write to you about your request and redact this address.</p>
      </div>
      <div class="field">
        <label for="handles">Handles (one per line, optional)</label>
        <textarea id="handles" name="handles" rows="3" aria-describedby="handles-hint">${v.handles}</textarea>
        <p class="hint" id="handles-hint">For example @ada_b — on this network or elsewhere.</p>
      </div>
      <div class="field">
        <label for="links">Links to the content (one per line, optional)</label>
        <textarea id="links" name="links" rows="3" aria-describedby="links-hint">${v.links}</textarea>
        <p class="hint" id="links-hint">Web addresses of posts, articles or comments that name or show you.</p>
      </div>
      <div class="field">
        <label for="statement">Anything else we should know? (optional)</label>
        <textarea id="statement" name="statement" rows="4" maxlength="5000">${v.statement}</textarea>
      </div>
      <button type="submit">Send objection</button>
    </form>`;
  return layout(frame, body);
}

/** The confirmation after a non-member objection. */
export function publicObjectionReceivedPage(frame: PageFrame, props: { requestId: string; dueAt: string }): SafeHtml {
  return layout(
    frame,
    html`<h1>We received your objection</h1>
      <div class="notice notice-saved" role="status">Your reference is <code>${props.requestId}</code>.</div>
      <p>From now on every dataset we build replaces your name, e-mail address and handles with a placeholder.
        A privacy officer reviews the content you linked to and answers you by ${humanDate(props.dueAt)} at the latest.</p>`,
  );
}
