// The page frame every page shares: landmarks, skip link, Settings & Privacy navigation, who is signed in, who is acted for.
import { DELEGATION_LABEL, ROLE_LABEL, type DelegationKind, type Role } from '../../schema/accounts.js';
import { html, type SafeHtml } from '../html.js';

/** Which navigation entry is the current page. */
export type NavEntry = 'data-privacy' | 'data-usage' | 'objection' | 'delegate' | 'requests' | null;

/** What the frame needs to know about the request. */
export interface PageFrame {
  readonly title: string;
  readonly csrfToken: string;
  readonly signedIn: { readonly name: string; readonly role: Role } | null;
  readonly nav: NavEntry;
  /** Set when a delegate acts for a member: shown on every page, and carried by every link. */
  readonly actingFor: { readonly memberId: string; readonly memberName: string; readonly delegation: DelegationKind } | null;
  /** Whether the Settings & Privacy navigation applies (a member, or a delegate acting for one). */
  readonly memberNav: boolean;
}

/** `?member=<id>` for a delegate's links, else nothing. */
export function memberQuery(frame: Pick<PageFrame, 'actingFor'>, prefix: '?' | '&' = '?'): string {
  return frame.actingFor === null ? '' : `${prefix}member=${encodeURIComponent(frame.actingFor.memberId)}`;
}

function navLink(frame: PageFrame, entry: Exclude<NavEntry, null>, href: string, label: string): SafeHtml {
  return html`<li><a href="${href}"${frame.nav === entry ? html` aria-current="page"` : ''}>${label}</a></li>`;
}

/** Wraps a page body in the shared frame. */
export function layout(frame: PageFrame, body: SafeHtml): SafeHtml {
  const q = memberQuery(frame);
  const nav = frame.memberNav
    ? html`<nav class="settings-nav" aria-label="Settings &amp; Privacy">
        <ul>
          ${navLink(frame, 'data-privacy', `/settings/data-privacy${q}`, 'Data privacy')}
          ${navLink(frame, 'data-usage', `/settings/data-usage${q}`, frame.actingFor === null ? 'How my data is used' : 'How their data is used')}
          ${navLink(frame, 'objection', `/settings/objection${q}`, 'Object to a use')}
          ${frame.signedIn?.role === 'delegate' || frame.actingFor !== null ? navLink(frame, 'delegate', '/delegate', 'People I act for') : ''}
        </ul>
      </nav>`
    : '';
  const account =
    frame.signedIn === null
      ? html`<a class="header-link" href="/login">Sign in</a>`
      : html`<form method="post" action="/logout" class="sign-out">
          <span class="who">Signed in as <strong>${frame.signedIn.name}</strong> <span class="role">(${ROLE_LABEL[frame.signedIn.role]})</span></span>
          <input type="hidden" name="_csrf" value="${frame.csrfToken}">
          <button type="submit" class="button-secondary">Sign out</button>
        </form>`;
  const banner =
    frame.actingFor === null
      ? ''
      : html`<div class="acting-for" role="note" aria-label="Acting for another member">
          You are acting for <strong>${frame.actingFor.memberName}</strong> as their ${DELEGATION_LABEL[frame.actingFor.delegation]}.
          Every change you make is recorded under your own name.
        </div>`;
  return html`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="csrf-token" content="${frame.csrfToken}">
  <title>${frame.title} · Consentry</title>
  <link rel="stylesheet" href="/assets/app.css">
  <script type="module" src="/assets/app.js"></script>
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <div class="header-inner">
      <a class="brand" href="/">Consentry</a>
      ${account}
    </div>
  </header>
  <div class="page">
    ${nav}
    <main id="main" tabindex="-1">
      ${banner}
      ${body}
    </main>
  </div>
  <footer class="site-footer">
    <ul>
      ${frame.signedIn?.role === 'member' ? html`<li><a href="/delegate">People I act for</a></li>` : ''}
      <li><a href="/object">Not a member? Object to the use of your data</a></li>
      <li><a href="/api/docs">API reference</a></li>
      <li><a href="/.well-known/gpc.json">We honour Global Privacy Control</a></li>
    </ul>
  </footer>
</body>
</html>`;
}
