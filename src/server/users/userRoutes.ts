import type { FastifyInstance } from 'fastify';
import { userPageSchema } from '../../domain/users/userSchemas';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

import { numberIdParams } from '../../domain/api/routeParams';
import {
  userCreateSchema,
  userListQuerySchema,
  userSchema,
  userUpdateSchema,
  userWithPasswordSchema,
} from '../../domain/users/userSchemas';
import { requirePermission } from '../auth/guards';
import { serviceContext } from '../serviceContext';
import { createUser, getUser, listUsers, resetPassword, updateUser } from './userService';

const TAGS = ['users'];

/** User management (quản lý tài khoản): national admins for all, province admins for their province. */
export async function userRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const onRequest = requirePermission('users.manage');

  api.get(
    '/api/users',
    {
      onRequest,
      schema: {
        tags: TAGS,
        summary: 'List users in my jurisdiction',
        querystring: userListQuerySchema,
        response: { 200: userPageSchema },
      },
    },
    async (request) => listUsers(serviceContext(app, request), request.query),
  );

  api.post(
    '/api/users',
    {
      onRequest,
      schema: {
        tags: TAGS,
        summary: 'Create a user with a one-time password',
        body: userCreateSchema,
        response: { 201: userWithPasswordSchema },
      },
    },
    async (request, reply) => {
      const created = await createUser(serviceContext(app, request), request.body);
      return reply.status(201).send(created);
    },
  );

  api.get(
    '/api/users/:id',
    { onRequest, schema: { tags: TAGS, summary: 'One user', params: numberIdParams, response: { 200: userSchema } } },
    async (request) => getUser(serviceContext(app, request), request.params.id),
  );

  api.patch(
    '/api/users/:id',
    {
      onRequest,
      schema: {
        tags: TAGS,
        summary: 'Change a user',
        params: numberIdParams,
        body: userUpdateSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => updateUser(serviceContext(app, request), request.params.id, request.body),
  );

  api.post(
    '/api/users/:id/reset-password',
    {
      onRequest,
      schema: {
        tags: TAGS,
        summary: 'Issue a new one-time password and unlock',
        params: numberIdParams,
        response: { 200: userWithPasswordSchema },
      },
    },
    async (request) => resetPassword(serviceContext(app, request), request.params.id),
  );
}
