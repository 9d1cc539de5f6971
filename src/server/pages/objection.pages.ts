// Settings & Privacy → Object to a use: the form (GET) and the objection (POST), in force at once.
import type { FastifyInstance } from 'fastify';
import { isConsentryError } from '../../domain/errors.js';
import { fileObjection } from '../../pipeline/member/file-objection.command.js';
import { reportEvents } from '../../pipeline/member/member-report.query.js';
import { loadMemberFacts } from '../../pipeline/member/member-settings.query.js';
import { actorOf } from '../../pipeline/member/viewer.js';
import { objectionPage } from '../../web/views/objection.view.js';
import type { AppServices } from '../app-services.js';
import { objectionFormSchema } from './form-schemas.js';
import { pageFrame, pageMember, registerPage, type PageInput, type PageResult } from './page-route.js';
import { formatIssues } from '../../schema/issues.js';

/** Registers the member objection page. */
export function registerObjectionPages(app: FastifyInstance, services: AppServices): void {
  const render = async (input: PageInput, requested: unknown, filedId: string | undefined, error: string | null, status = 200): Promise<PageResult> => {
    const member = await pageMember(services, input.caller, requested, 'read');
    if ('redirect' in member) return { kind: 'redirect', to: member.redirect };
    const facts = await loadMemberFacts(services.store.db, member.memberId, services.clock.now());
    const objections = reportEvents(facts, member.actingAs).filter((e) => e.kind === 'objection');
    const filed = objections.find((o) => o.id === filedId) ?? null;
    const frame = pageFrame(services, input, { title: 'Object to a use', nav: 'objection', actingFor: member.actingFor });
    return { kind: 'html', status, body: objectionPage(frame, { memberId: member.memberId, objections: [...objections].reverse(), filed, error }) };
  };

  registerPage(app, services, { method: 'GET', url: '/settings/objection', access: 'signed-in' }, (input) => render(input, input.query['member'], input.query['filed'], null));

  registerPage(app, services, { method: 'POST', url: '/settings/objection', access: 'signed-in' }, async (input) => {
    const parsed = objectionFormSchema.safeParse(input.form);
    const requested = input.form['member'];
    if (!parsed.success) return render(input, requested, undefined, `Not recorded: ${formatIssues(parsed.error).join('; ')}.`, 400);
    const member = await pageMember(services, input.caller, parsed.data.member, 'write');
    if ('redirect' in member) return { kind: 'redirect', to: member.redirect };
    try {
      const { id } = await fileObjection({
        ctx: services.ctx(actorOf(member.actingAs, member.memberId)),
        memberId: member.memberId,
        purposes: parsed.data.purposes,
        statement: parsed.data.statement ?? null,
        actingAs: member.actingAs,
      });
      const memberParam = member.actingFor === null ? '' : `&member=${encodeURIComponent(member.memberId)}`;
      return { kind: 'redirect', to: `/settings/objection?filed=${encodeURIComponent(id)}${memberParam}` };
    } catch (error) {
      if (!isConsentryError(error) || error.code !== 'E_INVALID_ARGUMENT') throw error;
      return render(input, requested, undefined, `Not recorded: ${error.message}.`, 400);
    }
  });
}
