import { isFootage } from '@sanxiang/core';
import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 47, R-05: an on-site act that must be recorded on audio and video throughout (core's
// `fullAudioVideo` stages: 查封/扣押 on site, 强制拆除) is completed only when footage of it — a video item of
// the evidence store, linked to the case at that stage — is there, or when a head has approved a written
// reason why there is none (recording/decide-exemption.ts). A reason typed into the act alone is not enough.
export function footageLinked(ctx: GuardContext) {
  const stage = ctx.transition.from;
  const footage = ctx.recording.evidence.filter((e) => e.stage === stage && isFootage(e.kind));
  if (footage.length > 0) return null;
  const exemptions = ctx.recording.exemptions.filter((x) => x.stage === stage);
  if (exemptions.some((x) => x.status === 'approved')) return null;
  const pending = exemptions.some((x) => x.status === 'pending');
  return refuse(
    'footage-linked',
    pending
      ? '本环节须关联现场全程音像记录；免于记录的申请尚待负责人审批'
      : '本环节须关联现场全程音像记录；确无记录的，须书面说明理由并经负责人批准',
    pending
      ? 'Link the full footage of this stage; the exemption request awaits a head’s approval'
      : 'Link the full footage of this stage, or have a head approve a written reason why there is none',
    ['video'],
  );
}
