import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../context.js';
import { requestContext } from '../http/request-context.js';
import { checkOutDevice } from './check-out-device.js';
import { getDevice } from './get-device.js';
import { listDevices } from './list-devices.js';
import { listLateUploads } from './list-late-uploads.js';
import { registerDevice } from './register-device.js';
import { returnDevice } from './return-device.js';
import {
  checkOutBody,
  deviceDetailResponse,
  deviceIdParams,
  devicePage,
  deviceResponse,
  lateUploadPage,
  lateUploadsQuery,
  listDevicesQuery,
  registerDeviceBody,
  returnBody,
} from './schemas.js';

// recording devices, their holders, and late uploads (docs/contracts/evidence-api.md).
export function deviceRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['devices'];
    app.get(
      '/devices',
      {
        config: { access: 'devices.read' },
        schema: {
          tags,
          summary: '执法设备登记 Device register',
          querystring: listDevicesQuery,
          response: { 200: devicePage },
        },
      },
      async (request) => listDevices(deps, requestContext(request), request.query),
    );
    app.post(
      '/devices',
      {
        config: { access: 'devices.manage' },
        schema: {
          tags,
          summary: '登记设备 Register a device',
          body: registerDeviceBody,
          response: { 201: deviceResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await registerDevice(deps, requestContext(request), request.body)),
    );
    app.get(
      '/devices/late-uploads',
      {
        config: { access: 'devices.read' },
        schema: {
          tags,
          summary: '逾期上传 Late uploads',
          querystring: lateUploadsQuery,
          response: { 200: lateUploadPage },
        },
      },
      async (request) => listLateUploads(deps, requestContext(request), request.query),
    );
    app.get(
      '/devices/:id',
      {
        config: { access: 'devices.read' },
        schema: {
          tags,
          summary: '设备详情与领用记录 Device and its history',
          params: deviceIdParams,
          response: { 200: deviceDetailResponse },
        },
      },
      async (request) => getDevice(deps, requestContext(request), request.params.id),
    );
    app.post(
      '/devices/:id/check-out',
      {
        config: { access: 'devices.manage' },
        schema: {
          tags,
          summary: '领用 Check out',
          params: deviceIdParams,
          body: checkOutBody,
          response: { 200: deviceResponse },
        },
      },
      async (request) => checkOutDevice(deps, requestContext(request), request.params.id, request.body),
    );
    app.post(
      '/devices/:id/return',
      {
        config: { access: 'devices.manage' },
        schema: {
          tags,
          summary: '归还 Return',
          params: deviceIdParams,
          body: returnBody,
          response: { 200: deviceResponse },
        },
      },
      async (request) => returnDevice(deps, requestContext(request), request.params.id, request.body),
    );
  };
}
