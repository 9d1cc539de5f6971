// Settings & Privacy → Data privacy: one switch per purpose, its state now and why, as forms that work without JavaScript.
import { humanDate, humanDateTime } from '../../domain/human-date.js';
import { describeRegime } from '../../domain/setting-explanation.js';
import type { MemberSettingsView, PurposeSettingView } from '../../pipeline/member/member-settings.query.js';
import { html, type SafeHtml } from '../html.js';
import { layout, memberQuery, type PageFrame } from './layout.view.js';

/** A message after a change: what was saved, or what went wrong. */
export interface PrivacyNotice {
  readonly kind: 'saved' | 'unchanged' | 'error';
  readonly text: string;
}

function settingForm(frame: PageFrame, view: MemberSettingsView, p: PurposeSettingView, self: boolean): SafeHtml {
  const next = p.on ? 'denied' : 'granted';
  const disabled = !p.changeable;
  const legacyNote = frame.actingFor?.delegation === 'legacy-contact' && !p.on && !p.locked;
  return html`<li class="setting" id="setting-${p.purpose}">
    <form method="post" action="/settings/data-privacy" class="setting-form" data-purpose="${p.purpose}" data-member="${view.member.id}">
      <input type="hidden" name="_csrf" value="${frame.csrfToken}">
      ${frame.actingFor === null ? '' : html`<input type="hidden" name="member" value="${view.member.id}">`}
      <input type="hidden" name="purpose" value="${p.purpose}">
      <input type="hidden" name="value" value="${next}">
      <div class="setting-row">
        <h2 class="setting-label" id="label-${p.purpose}">${p.label}</h2>
        <button type="submit" class="switch" role="switch" aria-checked="${p.on ? 'true' : 'false'}" aria-labelledby="label-${p.purpose}" aria-describedby="why-${p.purpose}"${disabled ? html` disabled` : ''}>
          <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
          <span class="switch-state" aria-hidden="true">${p.on ? 'On' : 'Off'}</span>
        </button>
      </div>
      <p class="setting-why" id="why-${p.purpose}">${p.explanation}${legacyNote ? ' As a legacy contact you can turn uses off, not on.' : ''}</p>
      <p class="setting-meta">Where ${self ? 'you live' : 'the member lives'} (${view.residence.countryName}) this use is <span class="regime">${p.regime}</span>: ${describeRegime(p.regime)}.</p>
    </form>
  </li>`;
}

/** The data-privacy page. */
export function dataPrivacyPage(frame: PageFrame, view: MemberSettingsView, notice: PrivacyNotice | null): SafeHtml {
  const self = frame.actingFor === null;
  const signals =
    view.signals.length === 0
      ? ''
      : html`<section class="signals" aria-labelledby="signals-heading">
          <h2 id="signals-heading">Privacy signals from ${self ? 'your' : 'the member’s'} browser</h2>
          <ul>
            ${view.signals.map((s) => html`<li>${s.description} <span class="when">(${humanDateTime(s.receivedAt)})</span> We record each signal once; a later choice on this page takes precedence.</li>`)}
          </ul>
        </section>`;
  const body = html`
    <h1>Data privacy</h1>
    <p class="lead">${self ? 'Choose' : `Choose for ${view.member.name}`} whether content ${self ? 'you' : 'they'} made public may train AI models.
      A change is in force the moment it is saved: no dataset built afterwards uses what is turned off, and items already used go on the
      <a href="/settings/data-usage${memberQuery(frame)}">unlearning queue</a>.</p>
    <div id="live" class="notice${notice === null ? ' notice-empty' : ` notice-${notice.kind}`}" role="status" aria-live="polite">${notice?.text ?? ''}</div>
    ${signals}
    <ul class="settings-list">
      ${view.purposes.map((p) => settingForm(frame, view, p, self))}
    </ul>
    <p class="fine-print">Decided with policy <code>${view.policy.id}</code> version ${view.policy.version} on ${humanDate(view.at)}.
      “Data for Generative AI Improvement” is part of “Data for other AI models”: turning the broader one off turns both off.</p>`;
  return layout(frame, body);
}
