import { api } from '../api/client';
import type { Page } from '../api/pagination';

// the register of recording devices (GET/POST /devices…).

export const DEVICE_KINDS = ['body-camera', 'handheld-terminal'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];
export const DEVICE_STATUSES = ['in-store', 'checked-out', 'retired'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

export interface Device {
  id: string;
  kind: DeviceKind;
  serial: string;
  model: string;
  unit: { id: string; name: string };
  status: DeviceStatus;
  holder: { id: string; name: string; since: string | null } | null;
  note: string;
  registeredAt: string;
  lateUploads: number;
}

export interface LateUpload {
  evidenceId: string;
  title: string;
  kind: string;
  capturedAt: string;
  uploadedAt: string;
  delayHours: number;
  windowHours: number;
  officer: { id: string; name: string };
  device: { id: string; serial: string } | null;
}

export interface DeviceDetail {
  device: Device;
  checkouts: {
    id: string;
    person: { id: string; name: string };
    checkedOutAt: string;
    returnedAt: string | null;
    note: string;
  }[];
  lateUploads: LateUpload[];
}

export interface DevicesQuery {
  page: number;
  pageSize: number;
  kind?: DeviceKind;
  status?: DeviceStatus;
  q?: string;
}

export const fetchDevices = (q: DevicesQuery, signal?: AbortSignal) =>
  api.get<Page<Device>>('/devices', { ...q }, signal);
export const fetchDevice = (id: string, signal?: AbortSignal) =>
  api.get<DeviceDetail>(`/devices/${id}`, undefined, signal);
export const fetchLateUploads = (page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<LateUpload> & { windowHours: number }>('/devices/late-uploads', { page, pageSize }, signal);
export const registerDevice = (body: {
  kind: DeviceKind;
  serial: string;
  model: string;
  unitId: string;
  note?: string;
}) => api.post<{ device: Device }>('/devices', body);
export const checkOutDevice = (id: string, personId: string) =>
  api.post<{ device: Device }>(`/devices/${id}/check-out`, { personId });
export const returnDevice = (id: string) => api.post<{ device: Device }>(`/devices/${id}/return`, {});
