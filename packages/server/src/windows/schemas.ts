import { z } from 'zod';

// P-08: a service window (政务服务窗口) and what its board shows.
const line = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`);

export const windowMaterialSchema = z.object({
  name: line('材料名称', 100),
  required: z.boolean(),
  sample: z.string().trim().max(2000, '示范文本不超过2000字'),
});

export const complaintChannelSchema = z.object({ channel: line('渠道', 40), contact: line('联系方式', 200) });

export const windowBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,20}$/, '窗口编号只能包含字母、数字和连字符，不超过20位'),
  name: line('窗口名称', 60),
  post: line('岗位名称', 60),
  location: line('窗口位置', 200),
  hours: line('办公时间', 200),
  duties: z.array(line('岗位职责', 300)).min(1, '至少填写一项岗位职责').max(20),
  matters: z.array(line('办理事项', 200)).max(40),
  materials: z.array(windowMaterialSchema).max(30),
  consultationPhone: line('咨询电话', 40),
  consultationNote: z.string().trim().max(500),
  complaints: z.array(complaintChannelSchema).max(10),
  active: z.boolean(),
  sort: z.number().int().min(0).max(9999),
});
export type WindowInput = z.infer<typeof windowBody>;

export const updateWindowBody = windowBody.extend({ version: z.number().int().min(1) });

export const windowSchema = windowBody.extend({
  id: z.string(),
  version: z.number(),
  updatedAt: z.string(),
});
export type ServiceWindow = z.infer<typeof windowSchema>;

export const windowIdParams = z.object({ id: z.string().min(1).max(64) });
export const windowListSchema = z.object({ items: z.array(windowSchema) });
