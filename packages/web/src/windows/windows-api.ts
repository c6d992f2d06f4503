import { api } from '../api/client';

// P-08: service windows (GET/POST/PUT /windows); their boards are portal pages at /windows/<code>.

export interface WindowMaterial {
  name: string;
  required: boolean;
  sample: string;
}

export interface ServiceWindowInput {
  code: string;
  name: string;
  post: string;
  location: string;
  hours: string;
  duties: string[];
  matters: string[];
  materials: WindowMaterial[];
  consultationPhone: string;
  consultationNote: string;
  complaints: { channel: string; contact: string }[];
  active: boolean;
  sort: number;
}

export interface ServiceWindow extends ServiceWindowInput {
  id: string;
  version: number;
  updatedAt: string;
}

export const fetchWindows = (signal?: AbortSignal) =>
  api.get<{ items: ServiceWindow[] }>('/windows', undefined, signal);
export const createWindow = (input: ServiceWindowInput) => api.post<ServiceWindow>('/windows', input);
export const updateWindow = (id: string, input: ServiceWindowInput & { version: number }) =>
  api.put<ServiceWindow>(`/windows/${encodeURIComponent(id)}`, input);

/** The printable board on the portal. */
export const boardUrl = (code: string) => `/windows/${encodeURIComponent(code)}`;
