import { DEMOLITION_PROCEDURE } from './demolition-procedure.js';
import { GENERAL_PROCEDURE } from './general-procedure.js';
import type { GuardCode } from './guards.js';
import { INSPECTION_PROCEDURE } from './inspection-procedure.js';
import { LEGAL_REVIEW_PROCEDURE } from './legal-review-procedure.js';
import { SEIZURE_PROCEDURE } from './seizure-procedure.js';
import { SIMPLE_PROCEDURE } from './simple-procedure.js';
import type {
  ProcedureCode,
  ProcedureDefinition,
  StageCode,
  StageDefinition,
  TransitionDefinition,
} from './types.js';

// Frozen all the way down: the engine, the portal and supervision share these objects, and none of them
// may change what the others read.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export const PROCEDURES: Readonly<Record<ProcedureCode, ProcedureDefinition>> = deepFreeze({
  simple: SIMPLE_PROCEDURE,
  general: GENERAL_PROCEDURE,
  seizure: SEIZURE_PROCEDURE,
  demolition: DEMOLITION_PROCEDURE,
  inspection: INSPECTION_PROCEDURE,
  'legal-review': LEGAL_REVIEW_PROCEDURE,
});

type ProcedureRef = ProcedureCode | ProcedureDefinition;

function resolve(procedure: ProcedureRef): ProcedureDefinition {
  return typeof procedure === 'string' ? PROCEDURES[procedure] : procedure;
}

/** The stage of `code` in the procedure, or undefined when the procedure has no such stage. */
export function stageOf(procedure: ProcedureRef, code: StageCode): StageDefinition | undefined {
  return resolve(procedure).stages.find((s) => s.code === code);
}

/** The edges out of `stage`, in definition order. */
export function allowedTransitions(procedure: ProcedureRef, stage: StageCode): TransitionDefinition[] {
  return resolve(procedure).transitions.filter((t) => t.from === stage);
}

/** The edge taken by `action` from `stage`; (from, action) is unique in a valid definition. */
export function findTransition(
  procedure: ProcedureRef,
  stage: StageCode,
  action: string,
): TransitionDefinition | undefined {
  return resolve(procedure).transitions.find((t) => t.from === stage && t.action === action);
}

export function finalStages(procedure: ProcedureRef): StageDefinition[] {
  return resolve(procedure).stages.filter((s) => s.final === true);
}

/** Every guard the procedure's edges carry, once each, in order of first use. */
export function guardsUsed(procedure: ProcedureRef): GuardCode[] {
  return [...new Set(resolve(procedure).transitions.flatMap((t) => t.guards))];
}
