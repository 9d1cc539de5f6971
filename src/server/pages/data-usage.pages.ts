// "How my data is used", the usage report (page and JSON download) and the consent receipts download.
import type { FastifyInstance } from 'fastify';
import { consentReceipts } from '../../pipeline/member/consent-receipts.query.js';
import { memberReport } from '../../pipeline/member/member-report.query.js';
import { memberUsageView } from '../../pipeline/member/member-usage-view.query.js';
import { loadMemberFacts, settingsView } from '../../pipeline/member/member-settings.query.js';
import { isPurpose, PURPOSE_LABEL } from '../../schema/purposes.js';
import { dataUsagePage } from '../../web/views/data-usage.view.js';
import { reportPage } from '../../web/views/report.view.js';
import type { AppServices } from '../app-services.js';
import { pageFrame, pageMember, registerPage } from './page-route.js';

/** Registers the usage pages and downloads. */
export function registerDataUsagePages(app: FastifyInstance, services: AppServices): void {
  const { config } = services;

  registerPage(app, services, { method: 'GET', url: '/settings/data-usage', access: 'signed-in' }, async (input) => {
    const member = await pageMember(services, input.caller, input.query['member'], 'read');
    if ('redirect' in member) return { kind: 'redirect', to: member.redirect };
    const at = services.clock.now();
    const facts = await loadMemberFacts(services.store.db, member.memberId, at);
    const settings = settingsView(facts, services.policy, at, member.actingAs);
    const view = await memberUsageView({ db: services.store.db, memberId: member.memberId, at, unlearningDays: config.CONSENTRY_UNLEARNING_DAYS, settings });
    const frame = pageFrame(services, input, { title: 'How my data is used', nav: 'data-usage', actingFor: member.actingFor });
    const saved = input.query['saved'];
    const queued = view.totals.pendingRemoval;
    const notice = isPurpose(saved) ? `Saved: no to “${PURPOSE_LABEL[saved]}”. ${queued === 0 ? 'Nothing is queued for removal.' : `${queued} ${queued === 1 ? 'item is' : 'items are'} now queued for removal.`}` : null;
    return { kind: 'html', body: dataUsagePage(frame, view, notice) };
  });

  registerPage(app, services, { method: 'GET', url: '/settings/data-usage/report', access: 'signed-in' }, async (input) => {
    const member = await pageMember(services, input.caller, input.query['member'], 'read');
    if ('redirect' in member) return { kind: 'redirect', to: member.redirect };
    const report = await memberReport({ db: services.store.db, memberId: member.memberId, policy: services.policy, at: services.clock.now(), unlearningDays: config.CONSENTRY_UNLEARNING_DAYS, viewer: member.actingAs });
    const frame = pageFrame(services, input, { title: 'Usage report', nav: 'data-usage', actingFor: member.actingFor });
    return { kind: 'html', body: reportPage(frame, report) };
  });

  registerPage(app, services, { method: 'GET', url: '/settings/data-usage/report.json', access: 'signed-in' }, async (input) => {
    const member = await pageMember(services, input.caller, input.query['member'], 'read');
    if ('redirect' in member) return { kind: 'redirect', to: member.redirect };
    const at = services.clock.now();
    const report = await memberReport({ db: services.store.db, memberId: member.memberId, policy: services.policy, at, unlearningDays: config.CONSENTRY_UNLEARNING_DAYS, viewer: member.actingAs });
    return { kind: 'download', filename: `consentry-usage-report-${member.memberId}-${at.slice(0, 10)}.json`, json: report };
  });

  registerPage(app, services, { method: 'GET', url: '/settings/data-usage/receipts.json', access: 'signed-in' }, async (input) => {
    const member = await pageMember(services, input.caller, input.query['member'], 'read');
    if ('redirect' in member) return { kind: 'redirect', to: member.redirect };
    const at = services.clock.now();
    const facts = await loadMemberFacts(services.store.db, member.memberId, at);
    const receipts = consentReceipts(facts, services.controller, member.actingAs);
    return { kind: 'download', filename: `consentry-consent-receipts-${member.memberId}-${at.slice(0, 10)}.json`, json: { memberId: member.memberId, generatedAt: at, receipts } };
  });
}
