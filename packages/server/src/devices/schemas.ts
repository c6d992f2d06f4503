import { z } from 'zod';

// R-04 / I-04: the register of recording devices.
export const DEVICE_KINDS = ['body-camera', 'handheld-terminal'] as const;
export const DEVICE_STATUSES = ['in-store', 'checked-out', 'retired'] as const;

export const deviceSchema = z.object({
  id: z.string(),
  kind: z.enum(DEVICE_KINDS),
  serial: z.string(),
  model: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(DEVICE_STATUSES),
  holder: z.object({ id: z.string(), name: z.string(), since: z.string().nullable() }).nullable(),
  note: z.string(),
  registeredAt: z.string(),
  lateUploads: z.number(),
});

export const checkoutSchema = z.object({
  id: z.string(),
  person: z.object({ id: z.string(), name: z.string() }),
  checkedOutAt: z.string(),
  returnedAt: z.string().nullable(),
  note: z.string(),
});

export const lateUploadSchema = z.object({
  evidenceId: z.string(),
  title: z.string(),
  kind: z.string(),
  capturedAt: z.string(),
  uploadedAt: z.string(),
  delayHours: z.number(),
  windowHours: z.number(),
  officer: z.object({ id: z.string(), name: z.string() }),
  device: z.object({ id: z.string(), serial: z.string() }).nullable(),
});

export const deviceResponse = z.object({ device: deviceSchema });
export const deviceDetailResponse = z.object({
  device: deviceSchema,
  checkouts: z.array(checkoutSchema),
  lateUploads: z.array(lateUploadSchema),
});

export const listDevicesQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  kind: z.enum(DEVICE_KINDS).optional(),
  status: z.enum(DEVICE_STATUSES).optional(),
  unitId: z.string().max(100).optional(),
  q: z.string().trim().max(60).optional(),
});
export type ListDevicesQuery = z.infer<typeof listDevicesQuery>;

export const devicePage = z.object({
  items: z.array(deviceSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const registerDeviceBody = z.object({
  kind: z.enum(DEVICE_KINDS),
  serial: z
    .string()
    .trim()
    .min(3)
    .max(40)
    .regex(/^[A-Za-z0-9-]+$/, 'letters, digits and hyphens'),
  model: z.string().trim().min(1).max(80),
  unitId: z.string().max(100),
  note: z.string().max(500).optional(),
});
export type RegisterDeviceInput = z.infer<typeof registerDeviceBody>;

export const checkOutBody = z.object({ personId: z.string().max(100), note: z.string().max(500).optional() });
export const returnBody = z.object({ note: z.string().max(500).optional() });
export const deviceIdParams = z.object({ id: z.string().max(100) });

export const lateUploadsQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const lateUploadPage = z.object({
  items: z.array(lateUploadSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  windowHours: z.number(),
});
