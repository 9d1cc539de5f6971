// Settings & Privacy → Data privacy: the switches (GET) and a change by form (POST, then back to the page).
import type { FastifyInstance } from 'fastify';
import { isConsentryError } from '../../domain/errors.js';
import { changeSettings } from '../../pipeline/member/change-settings.command.js';
import { memberSettings } from '../../pipeline/member/member-settings.query.js';
import { actorOf } from '../../pipeline/member/viewer.js';
import { isPurpose, PURPOSE_LABEL } from '../../schema/purposes.js';
import { dataPrivacyPage, type PrivacyNotice } from '../../web/views/data-privacy.view.js';
import type { AppServices } from '../app-services.js';
import { validatePart } from '../route-contract.js';
import { settingFormSchema } from './form-schemas.js';
import { pageFrame, pageMember, registerPage, type PageInput, type PageResult } from './page-route.js';

/** Registers the data-privacy page. */
export function registerDataPrivacyPages(app: FastifyInstance, services: AppServices): void {
  const render = async (input: PageInput, requested: unknown, notice: (view: Awaited<ReturnType<typeof memberSettings>>) => PrivacyNotice | null, status = 200): Promise<PageResult> => {
    const member = await pageMember(services, input.caller, requested, 'read');
    if ('redirect' in member) return { kind: 'redirect', to: member.redirect };
    const view = await memberSettings({ db: services.store.db, memberId: member.memberId, policy: services.policy, at: services.clock.now(), viewer: member.actingAs });
    const frame = pageFrame(services, input, { title: 'Data privacy', nav: 'data-privacy', actingFor: member.actingFor });
    return { kind: 'html', status, body: dataPrivacyPage(frame, view, notice(view)) };
  };

  registerPage(app, services, { method: 'GET', url: '/settings/data-privacy', access: 'signed-in' }, (input) => {
    const saved = input.query['saved'];
    return render(input, input.query['member'], (view) => {
      if (!isPurpose(saved)) return null;
      const setting = view.purposes.find((p) => p.purpose === saved);
      if (setting === undefined) return null;
      return { kind: 'saved', text: `Saved. “${PURPOSE_LABEL[saved]}” is now ${setting.on ? 'on' : 'off'}${setting.on ? '.' : `: ${setting.explanation.replace(/^Off[.,:]?\s*/, '')}`}` };
    });
  });

  registerPage(app, services, { method: 'POST', url: '/settings/data-privacy', access: 'signed-in' }, async (input) => {
    const form = validatePart(settingFormSchema, input.form, 'form');
    const member = await pageMember(services, input.caller, form.member, 'write');
    if ('redirect' in member) return { kind: 'redirect', to: member.redirect };
    try {
      await changeSettings({ ctx: services.ctx(actorOf(member.actingAs, member.memberId)), memberId: member.memberId, changes: [{ purpose: form.purpose, value: form.value }], actingAs: member.actingAs });
    } catch (error) {
      if (!isConsentryError(error) || error.code !== 'E_FORBIDDEN') throw error;
      return render(input, form.member, () => ({ kind: 'error', text: `Not saved: ${error.message}.` }), 403);
    }
    const memberParam = member.actingFor === null ? '' : `&member=${encodeURIComponent(member.memberId)}`;
    if (form.return === 'usage') return { kind: 'redirect', to: `/settings/data-usage?saved=${form.purpose}${memberParam}#optout-heading` };
    return { kind: 'redirect', to: `/settings/data-privacy?saved=${form.purpose}${memberParam}#setting-${form.purpose}` };
  });
}
