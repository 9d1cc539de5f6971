// A delegate's start page: the members they may act for, and in which capacity.
import { humanDate } from '../../domain/human-date.js';
import { DELEGATION_LABEL } from '../../schema/accounts.js';
import type { Delegation } from '../../store/delegation-records.js';
import { html, type SafeHtml } from '../html.js';
import { layout, type PageFrame } from './layout.view.js';

/** The list of members a delegate acts for. */
export function delegatePage(frame: PageFrame, delegations: readonly Delegation[]): SafeHtml {
  return layout(
    frame,
    html`<h1>People I act for</h1>
      <p class="lead">You can act for these members because their family or a court gave you the right, and we verified it.
        Everything you do is recorded under your own name.</p>
      ${
        delegations.length === 0
          ? html`<p>You are not acting for anyone at the moment.</p>`
          : html`<ul class="cards">${delegations.map(
              (d) => html`<li class="card">
                <h2>${d.memberName}</h2>
                <p>You are their ${DELEGATION_LABEL[d.kind]} since ${humanDate(d.grantedAt)}.</p>
                <ul class="links">
                  <li><a href="/settings/data-privacy?member=${encodeURIComponent(d.memberId)}">Data privacy for ${d.memberName}</a></li>
                  <li><a href="/settings/data-usage?member=${encodeURIComponent(d.memberId)}">How ${d.memberName}’s data is used</a></li>
                  <li><a href="/settings/objection?member=${encodeURIComponent(d.memberId)}">Object for ${d.memberName}</a></li>
                </ul>
              </li>`,
            )}</ul>`
      }`,
  );
}
