import type { DeadlineView } from './deadlines.js';
import type { CaseFlags, DecisionRecord } from './types.js';

// 加处罚款 (行政处罚法 art. 72; 行政强制法 art. 45): 3 % of the fine for every day past the time to pay, never
// more than the fine itself, and not accruing while reconsideration or suit is pending (art. 73). A figure
// computed on read, never stored: paying, or a corrected calendar, changes it at once.

const dayNumber = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000);

export interface Surcharge {
  fine: number;
  from: string;
  days: number;
  amount: number;
  capped: boolean;
  explanation: string;
  explanationEn: string;
}

export function computeSurcharge(
  decision: DecisionRecord | null,
  deadlines: DeadlineView[],
  flags: CaseFlags,
  today: string,
): Surcharge | null {
  const fine = decision?.penalty?.fine ?? 0;
  if (fine <= 0) return null;
  const payment = deadlines.find((d) => d.kind === 'payment-15');
  if (!payment) return null;
  const end = payment.status === 'running' ? today : (flags.payment?.paidOn ?? payment.endedOn ?? today);
  const days = flags.remedyPending ? 0 : Math.max(0, dayNumber(end) - dayNumber(payment.due));
  const raw = Math.round(fine * 0.03 * days * 100) / 100;
  const amount = Math.min(raw, fine);
  const capped = raw > fine;
  const from = payment.due;
  return {
    fine,
    from,
    days,
    amount,
    capped,
    explanation:
      days === 0
        ? `缴款期限${from}${flags.remedyPending ? '；复议、诉讼期间不计加处罚款' : '尚未届满或已按期缴纳'}，无加处罚款（行政处罚法第七十二条、第七十三条）`
        : `逾期${days}日，按罚款${fine}元的3%每日加处${raw}元${capped ? `，超过罚款数额，以${fine}元为限` : ''}（行政处罚法第七十二条）`,
    explanationEn:
      days === 0
        ? `Time to pay ends ${from}; no surcharge${flags.remedyPending ? ' while reconsideration or suit is pending' : ''} (art. 72, 73)`
        : `${days} days late: 3% a day of ${fine} = ${raw}${capped ? `, capped at the fine (${fine})` : ''} (art. 72)`,
  };
}
