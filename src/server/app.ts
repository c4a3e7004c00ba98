import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import type { Database } from '../db/connection';
import { associationRoutes } from './associations/associationRoutes';
import { useAuditChainKey } from './audit/auditChain';
import { auditRoutes } from './audit/auditRoutes';
import { authRoutes } from './auth/authRoutes';
import { scheduleAuthHousekeeping } from './auth/authHousekeeping';
import { registerSessionPlugin } from './auth/sessionPlugin';
import type { Config } from './config';
import { caseItemRoutes } from './cases/caseItemRoutes';
import { caseRoutes } from './cases/caseRoutes';
import { dashboardRoutes } from './dashboard/dashboardRoutes';
import './fastifyTypes';
import { expertRoutes } from './experts/expertRoutes';
import { healthRoutes } from './health/healthRoutes';
import { ImportRunner } from './imports/commitBatch';
import { importRoutes } from './imports/importRoutes';
import { expireAbandonedUploads } from './imports/uploadExpiry';
import { scheduleRepeatingJob } from './background/repeatingJob';
import { remindDueCaseTasks } from './cases/caseTaskReminders';
import { DuplicateCheckRunner } from './duplicates/checkRunner';
import { duplicateRoutes } from './duplicates/duplicateRoutes';
import { watchPersonChanges } from './duplicates/watchPersonChanges';
import { AppError } from './http/errors';
import { registerErrorHandling } from './http/errorHandler';
import { validatorCompiler } from './http/validatorCompiler';
import { registerJsonBodyParser } from './http/jsonBodyParser';
import { loggerOptions } from './http/loggerOptions';
import { personRoutes } from './persons/personRoutes';
import { startMailDelivery } from './mail/mailDelivery';
import { smtpTransport } from './mail/mailTransport';
import { outboxRoutes } from './mail/outboxRoutes';
import { portalRoutes } from './portal/portalRoutes';
import { requestRoutes } from './portalRequests/requestRoutes';
import { registerPortalSessionPlugin } from './portal/portalSessions';
import { keyedHash } from './secrets/keyedHash';
import { consentRoutes } from './consent/consentRoutes';
import { agencyRoutes } from './plans/agencyRoutes';
import { annualReportRoutes } from './plans/annualReportRoutes';
import { reportRoutes } from './plans/reportRoutes';
import { planRoutes } from './plans/planRoutes';
import { reportingRoutes } from './reporting/reportingRoutes';
import { orgUnitRoutes } from './orgUnits/orgUnitRoutes';
import { referralRoutes } from './referrals/referralRoutes';
import { contactReleaseRoutes } from './experts/contactReleaseRoutes';
import { affairsRoutes } from './registers/registerRoutes';
import { eventRoutes } from './registers/eventRoutes';
import { publicCatalogueRoutes } from './registers/publicCatalogue';
import { referenceRoutes } from './reference/referenceRoutes';
import { returneeRoutes } from './returnees/returneeRoutes';
import { relativeRoutes } from './relatives/relativeRoutes';
import { createIdentityCrypto } from './secrets/identityCrypto';
import { statisticsRoutes } from './statistics/statisticsRoutes';
import { serveWebApp } from './ui/serveWebApp';
import { userRoutes } from './users/userRoutes';

export const JSON_BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  /** The time now; the system clock unless a test fixes it. */
  clock?: () => Date;
}

/** Builds the HTTP application around an open, migrated database. */
export async function buildApp(
  config: Config,
  database: Database,
  dataKey: Buffer,
  appOptions: AppOptions = {},
): Promise<FastifyInstance> {
  const options: FastifyServerOptions = {
    logger: loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    // JSON bodies are records, not files (those come as multipart, with limits of their own).
    bodyLimit: JSON_BODY_LIMIT,
  };
  const app = Fastify(options);
  app.setValidatorCompiler(validatorCompiler);
  registerJsonBodyParser(app);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', database.db);
  app.decorate('readDb', database.readDb);
  app.decorate('config', config);
  app.decorate('clock', appOptions.clock ?? (() => new Date()));
  app.decorate('identityCrypto', createIdentityCrypto(dataKey));
  app.decorate('portalMac', keyedHash(dataKey, 'cau-noi portal'));
  useAuditChainKey(dataKey);
  database.onConnectionLost((error) => app.log.warn({ err: error }, 'database connection lost; the pool replaces it'));
  watchPersonChanges();
  const checkRunner = new DuplicateCheckRunner(database.db, (error) =>
    app.log.error({ err: error }, 'duplicate check failed'),
  );
  app.decorate('duplicateCheckRunner', checkRunner);
  const importRunner = new ImportRunner(
    database.db,
    app.identityCrypto,
    (error, batchId) => app.log.error({ err: error, batchId }, 'import commit failed'),
    (batchId) => checkRunner.checkImport(batchId),
  );
  app.decorate('importRunner', importRunner);
  app.decorate(
    'mailDelivery',
    startMailDelivery(app, database.db, smtpTransport(config.smtpUrl, config.mailFrom), config.mailDeliveryEveryMs),
  );
  // An import interrupted by a crash or a restart continues from its checkpoint; one committed but
  // not yet checked for duplicates is checked.
  app.addHook('onReady', async () => {
    await importRunner.resumeInterrupted();
    await checkRunner.resumeImportChecks();
  });
  app.addHook('onClose', async () => {
    await importRunner.stop();
    await checkRunner.stop();
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        // Ant Design writes its styles at run time; ECharts draws map data URLs.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError(429, 'RATE_LIMITED'),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Cầu Nối API',
        description: 'Database of overseas Vietnamese (người Việt Nam ở nước ngoài)',
        version: '1',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'cn_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerSessionPlugin(app);
  registerPortalSessionPlugin(app);
  scheduleAuthHousekeeping(app);
  scheduleRepeatingJob(app, {
    name: 'upload expiry',
    everyMs: 86_400_000,
    run: () => expireAbandonedUploads(app.db, config.uploadDir, config.uploadRetentionMs, app.clock()),
  });
  scheduleRepeatingJob(app, {
    name: 'case task reminders',
    everyMs: 3_600_000,
    run: () => remindDueCaseTasks(app.db, app.clock(), config.publicUrl),
  });
  const spaFallback = await serveWebApp(app, config.webDir);
  registerErrorHandling(app, spaFallback);

  await app.register(healthRoutes(database.kind));
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(referenceRoutes);
  await app.register(dashboardRoutes);
  await app.register(personRoutes);
  await app.register(consentRoutes);
  await app.register(outboxRoutes);
  await app.register(portalRoutes);
  await app.register(requestRoutes);
  await app.register(importRoutes);
  await app.register(duplicateRoutes);
  await app.register(relativeRoutes);
  await app.register(associationRoutes);
  await app.register(expertRoutes);
  await app.register(caseRoutes);
  await app.register(caseItemRoutes);
  await app.register(returneeRoutes);
  await app.register(agencyRoutes);
  await app.register(planRoutes);
  await app.register(reportRoutes);
  await app.register(reportingRoutes);
  await app.register(orgUnitRoutes);
  await app.register(referralRoutes);
  await app.register(contactReleaseRoutes);
  await app.register(annualReportRoutes);
  await app.register(statisticsRoutes);
  await app.register(affairsRoutes);
  await app.register(eventRoutes);
  await app.register(publicCatalogueRoutes);
  return app;
}
