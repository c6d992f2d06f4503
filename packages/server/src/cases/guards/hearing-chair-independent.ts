import { type GuardContext, refuse } from './context.js';

// 行政处罚法 art. 64: the hearing is chaired by someone who did not investigate the case.
export function hearingChairIndependent(ctx: GuardContext) {
  const chair = ctx.payload.chairPersonId;
  if (!chair)
    return refuse('hearing-chair-independent', '请指定听证主持人', 'Name the person who chairs the hearing');
  const investigator = ctx.officers.find((o) => o.personId === chair);
  if (!investigator) return null;
  return refuse(
    'hearing-chair-independent',
    `${investigator.name}是本案办案人员，不能主持听证`,
    `${investigator.name} investigated the case and cannot chair the hearing`,
  );
}
