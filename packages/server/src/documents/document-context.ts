// Everything a template may use, as one plain object. load-document-context.ts builds it from the case
// engine's tables; tests and the demo build it directly. Templates read nothing else.

export interface CitedArticle {
  lawTitle: string;
  /** '第六十四条' */
  label: string;
  text: string;
}

export interface DocumentParty {
  kind: 'person' | 'organisation';
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  address: string;
  phone: string | null;
  gender: '男' | '女' | null;
  birthDate: string | null;
  minor: boolean;
}

export interface DocumentOfficer {
  name: string;
  certificateNo: string | null;
  role: 'lead' | 'assist';
  unitName: string;
}

export interface DocumentPenalty {
  /** 行政处罚的种类: 警告, 罚款, 没收违法所得… */
  kinds: string[];
  fine: number | null;
  confiscation: string | null;
  /** 责令改正, 限期拆除… ordered beside the penalty */
  measures: string | null;
  /** The discretion tier chosen and why (从轻处罚: 初次违法、及时改正). */
  circumstances: string | null;
  reason: string | null;
}

export interface DocumentSettings {
  /** 如皋市城市管理局 */
  organName: string;
  /** 皋城管: the prefix of every number. */
  organShort: string;
  address: string;
  postcode: string;
  phone: string;
  /** Where to ask for reconsideration (行政复议法 2023 art. 24: the county government). */
  reconsiderationBody: string;
  /** Where to sue: named by the court's jurisdiction rules, so usually left general. */
  court: string;
  /** How to pay a fine (art. 67: a designated bank or the electronic payment system; never the organ). */
  payment: string;
  /** "较大数额" for the hearing right (art. 63), set locally: above these the party may ask for a hearing. */
  hearingFineThreshold: { person: number; organisation: number };
  /** Working days a party has to state and defend after a prior notice (local rule; 3 or 5 are usual). */
  statementDays: number;
  /** Where the portal's progress query is (P-08). */
  portalUrl: string;
}

/** What an officer adds that the case tables do not hold (the account of a record, the seized items…). */
export interface DraftInput {
  /** 违法事实 as the document states it; defaults to the case's summary. */
  facts?: string;
  /** 证据: one line each (现场检查笔录、询问笔录、照片8张…). */
  evidence?: string[];
  /** 笔录: when the record started and ended, 'YYYY-MM-DDTHH:MM'. */
  startedAt?: string;
  endedAt?: string;
  /** 笔录: where it was made, if not the case's place. */
  place?: string;
  /** 现场检查笔录: what the officers found. */
  findings?: string;
  /** 询问笔录 / 陈述申辩笔录: questions and answers in order. */
  qa?: { q: string; a: string }[];
  /** 询问笔录: who is questioned if not the first party. */
  interviewee?: string;
  /** 陈述申辩笔录 / 复核: the party's statement and the officers' re-examination. */
  statement?: string;
  /** 责令改正: by when and what to do. */
  rectifyBy?: string;
  rectifyRequirement?: string;
  /** 听证通知书. */
  hearing?: { at: string; place: string; chair: string; clerk?: string; public?: boolean };
  /** 查封（扣押）: which measure, from/to, where the goods are kept, what is taken. */
  seizure?: { measure: '查封' | '扣押'; from: string; to: string; custody: string };
  items?: { name: string; spec?: string; quantity: string; unit: string; note?: string }[];
  /** 限期拆除 / 强制拆除: the structure, its area and the deadline. */
  structure?: string;
  area?: string;
  demolishBy?: string;
  /** 强制拆除公告 / 决定: when the forced demolition takes place. */
  enforcementOn?: string;
  /** 催告书: what is owed. */
  demand?: { duty: string; amount?: number; surcharge?: number; by: string };
  /** 送达回证: which document is served. */
  served?: { title: string; number?: string | null; method?: string; place?: string };
  /** 审批表: the officers' proposal. */
  proposal?: string;
  /** 案卷目录: the documents in the file, in order. */
  contents?: { title: string; number?: string | null; date?: string | null; pages?: number }[];
  /** 结案审批表: how the case ended. */
  outcome?: string;
}

export interface DocumentContext {
  settings: DocumentSettings;
  case: {
    id: string;
    caseNo: string | null;
    sourceNo: string | null;
    queryCode: string | null;
    procedure: string;
    source: string;
    summary: string;
    place: string;
    occurredOn: string | null;
    discoveredOn: string | null;
    filedOn: string | null;
    unitName: string;
    flags: Record<string, boolean>;
  };
  parties: DocumentParty[];
  officers: DocumentOfficer[];
  matter: {
    code: string;
    name: string;
    category: string;
    hearingApplicable: boolean;
    /** The articles the conduct breaks (role 'violation'). */
    violated: CitedArticle[];
    /** The articles the penalty rests on (role 'penalty'). */
    penaltyBases: CitedArticle[];
    /** Procedural articles (role 'procedure'), e.g. 行政强制法 for a seizure. */
    procedureBases: CitedArticle[];
  } | null;
  /** The penalty proposed in the prior notice (or after the statement, if it changed). */
  proposed: DocumentPenalty | null;
  /** The penalty decided, once there is a decision. */
  decided: DocumentPenalty | null;
  /** Numbers of documents already issued in the case, by kind (the inventory cites its decision). */
  issued: Partial<Record<string, { number: string | null; issuedOn: string }>>;
  /** 'YYYY-MM-DD': the day the draft is made (the issue date replaces it when issued). */
  today: string;
  input: DraftInput;
  /** The latest legal review opinion and collective discussion (review/review-for-document.ts), if any. */
  review?: ReviewDocumentData | null;
}

/** 法制审核意见书 and 集体讨论笔录 (L-04): what the review procedure recorded. */
export interface ReviewDocumentData {
  round: number;
  levelName: string;
  submittedOn: string;
  submitter: string | null;
  materials: string[];
  recommendation: string | null;
  evidence: string[];
  route: string;
  items: { no: number; name: string; finding: string; comment: string }[];
  opinion: string | null;
  opinionText: string | null;
  reviewer: string | null;
  certificateNo: string | null;
  concludedOn: string | null;
  discussion: {
    heldOn: string;
    chair: string;
    participants: string[];
    summary: string;
    conclusion: string;
  } | null;
}
