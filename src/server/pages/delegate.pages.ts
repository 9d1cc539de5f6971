// A delegate's start page: the members they may act for.
import type { FastifyInstance } from 'fastify';
import { delegationsOfAccount } from '../../store/delegation-records.js';
import { delegatePage } from '../../web/views/delegate.view.js';
import type { AppServices } from '../app-services.js';
import { pageFrame, registerPage } from './page-route.js';

/** Registers /delegate. */
export function registerDelegatePages(app: FastifyInstance, services: AppServices): void {
  registerPage(app, services, { method: 'GET', url: '/delegate', access: 'signed-in' }, async (input) => {
    if (input.caller.kind === 'anonymous') return { kind: 'redirect', to: '/login' };
    const delegations = await delegationsOfAccount(services.store.db, input.caller.account.id);
    const frame = pageFrame(services, input, { title: 'People I act for', nav: 'delegate', memberNav: false });
    return { kind: 'html', body: delegatePage(frame, delegations) };
  });
}
