import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 47, R-05: the full audio-video record of the on-site act is linked, or its absence explained in
// writing. Interim: references are typed in; the recording issue links the stored footage itself.
export function footageLinked(ctx: GuardContext) {
  if ((ctx.payload.footage?.length ?? 0) > 0 || ctx.payload.footageWaiver) return null;
  return refuse(
    'footage-linked',
    '须关联现场全程音像记录，确无记录的须有书面说明',
    'Link the full footage or explain in writing why there is none',
  );
}
