import { GUARD_ERRORS } from '../cases/guard-errors.js';

// The catalogue of API errors: one stable code each, its HTTP status and its message in both languages.
// 400 malformed input · 401 not signed in · 403 signed in but not allowed · 404 not found (or outside
// the caller's data scope) · 409 conflicts with existing state · 422 well-formed but breaks a rule.
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, message: '请求参数有误', messageEn: 'The request is invalid' },
  BAD_REQUEST: { status: 400, message: '请求格式有误', messageEn: 'The request is malformed' },
  AUTH_REQUIRED: { status: 401, message: '请先登录', messageEn: 'Please sign in' },
  AUTH_SESSION_EXPIRED: {
    status: 401,
    message: '会话已超时，请重新登录',
    messageEn: 'Your session timed out; please sign in again',
  },
  AUTH_INVALID_CREDENTIALS: {
    status: 401,
    message: '用户名或密码错误',
    messageEn: 'Wrong username or password',
  },
  AUTH_TOTP_REQUIRED: {
    status: 401,
    message: '请输入动态验证码',
    messageEn: 'Enter the code from your authenticator app',
  },
  AUTH_TOTP_INVALID: {
    status: 401,
    message: '动态验证码不正确',
    messageEn: 'The authenticator code is wrong',
  },
  AUTH_LOCKED: {
    status: 403,
    message: '登录失败次数过多，账号已锁定15分钟',
    messageEn: 'Too many failed sign-ins; the account is locked for 15 minutes',
  },
  AUTH_ACCOUNT_DISABLED: { status: 403, message: '账号已停用', messageEn: 'This account is disabled' },
  AUTH_PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    message: '首次登录或口令重置后须先修改口令',
    messageEn: 'You must change your initial password first',
  },
  AUTH_TOTP_ENROLMENT_REQUIRED: {
    status: 403,
    message: '您的角色要求启用双因素认证，请先绑定动态口令',
    messageEn: 'Your role requires two-factor authentication; enrol an authenticator first',
  },
  CSRF_INVALID: {
    status: 403,
    message: '请求来源校验失败，请刷新页面后重试',
    messageEn: 'Cross-site request check failed; reload the page and try again',
  },
  FORBIDDEN: { status: 403, message: '您无权执行此操作', messageEn: 'You are not allowed to do this' },
  READ_ONLY_ROLE: {
    status: 403,
    message: '您的角色仅可查看，不能修改',
    messageEn: 'Your role is read-only',
  },
  NOT_FOUND: { status: 404, message: '未找到该记录', messageEn: 'Not found' },
  USERNAME_TAKEN: { status: 409, message: '用户名已被使用', messageEn: 'That username is taken' },
  PERSON_HAS_ACCOUNT: {
    status: 409,
    message: '该人员已有账号',
    messageEn: 'This person already has an account',
  },
  PASSWORD_TOO_WEAK: {
    status: 422,
    message: '口令不符合复杂度要求',
    messageEn: 'The password does not meet the complexity rules',
  },
  PASSWORD_REUSED: {
    status: 422,
    message: '新口令不能与最近使用过的口令相同',
    messageEn: 'The new password must differ from recent ones',
  },
  ADMIN_ROLES_EXCLUSIVE: {
    status: 422,
    message: '系统管理员、安全管理员、审计管理员须由不同人员担任（三权分立）',
    messageEn: 'System, security and audit administrator roles must be held by different people',
  },
  ROLE_NEEDS_QUALIFICATION: {
    status: 422,
    message: '审核员角色须具有法律职业资格',
    messageEn: 'Reviewer roles require a recorded legal-profession qualification',
  },
  TOTP_REQUIRED_BY_POLICY: {
    status: 422,
    message: '您的角色要求双因素认证，不能停用',
    messageEn: 'Your role requires two-factor authentication; it cannot be turned off',
  },
  // Enrolment: the user is signed in, the code they typed is wrong — a 422, not a failed sign-in.
  TOTP_CODE_INVALID: {
    status: 422,
    message: '动态验证码不正确，请核对手机上的验证码',
    messageEn: 'The authenticator code is wrong; check the code on your phone',
  },
  TOTP_NOT_SET_UP: {
    status: 422,
    message: '请先生成动态口令密钥',
    messageEn: 'Set up the authenticator first',
  },
  CANNOT_CHANGE_OWN_ACCOUNT: {
    status: 422,
    message: '不能对自己的账号执行此操作',
    messageEn: 'You cannot do this to your own account',
  },
  LAST_ADMIN: {
    status: 422,
    message: '这是最后一个该类管理员账号，不能移除',
    messageEn: 'This is the last administrator of its kind',
  },
  LEGAL_BASIS_UNKNOWN: {
    status: 422,
    message: '法律依据引用的条文在法律法规库中不存在',
    messageEn: 'A legal basis cites an article that is not in the law library',
  },
  CALENDAR_INVALID: { status: 422, message: '日历设置不合理', messageEn: 'The calendar change is not valid' },
  CATALOG_DRAFT_EXISTS: {
    status: 409,
    message: '该清单已有未完成的版本（草稿、待审批或已批准待备案），请先完成或退回该版本',
    messageEn: 'This list already has an open version (draft, submitted or approved)',
  },
  CATALOG_VERSION_LOCKED: {
    status: 409,
    message: '该版本已不是草稿，不能再修改；如需调整请由局长退回或新建版本',
    messageEn: 'This version has left draft and can no longer change',
  },
  CATALOG_CODE_TAKEN: {
    status: 409,
    message: '该版本中已有相同编码的事项',
    messageEn: 'That code is taken in this version',
  },
  CATALOG_STATUS_CONFLICT: {
    status: 409,
    message: '该版本当前的状态不允许此操作',
    messageEn: 'The version is not in a state that allows this',
  },
  CATALOG_FILING_NUMBER_TAKEN: {
    status: 409,
    message: '该备案号已被其他版本使用',
    messageEn: 'That filing number is already recorded for another version',
  },
  CATALOG_EMPTY: {
    status: 422,
    message: '清单没有任何事项，不能提交',
    messageEn: 'The version has no items',
  },
  CATALOG_SELF_APPROVAL: {
    status: 422,
    message: '版本的创建人不能审批自己创建的版本',
    messageEn: 'The person who created a version cannot approve it',
  },
  UPLOAD_FILE_MISSING: {
    status: 400,
    message: '请选择要上传的文件',
    messageEn: 'No file was uploaded (send it as multipart/form-data)',
  },
  UPLOAD_TOO_LARGE: {
    status: 400,
    message: '文件超过大小上限',
    messageEn: 'The file is larger than allowed',
  },
  UPLOAD_TYPE_NOT_ALLOWED: {
    status: 400,
    message: '不支持该文件类型',
    messageEn: 'This type of file is not accepted here',
  },
  IMPORT_NOT_XLSX: {
    status: 400,
    message: '只能导入 Excel 工作簿（.xlsx），请用 Excel 或 WPS 另存为 .xlsx 格式后再试',
    messageEn: 'Only Excel workbooks (.xlsx) can be imported; save the file as .xlsx and try again',
  },
  IMPORT_RUNNING: {
    status: 409,
    message: '该版本正在导入，请等待当前导入完成',
    messageEn: 'An import into this version is already running',
  },
  RULE_STATUS_INVALID: {
    status: 422,
    message: '制度的状态不能这样改变',
    messageEn: 'The rule cannot move to that status this way',
  },
  RULE_ATTACHMENT_REQUIRED: {
    status: 422,
    message: '请先上传制度文本，再登记备案',
    messageEn: 'Upload the document before recording its filing',
  },
  RULE_FILING_DATE_INVALID: {
    status: 422,
    message: '备案日期不能晚于今天',
    messageEn: 'The filing date cannot be in the future',
  },
  // Case handling (cases/): the engine's refusals, one code per guard of core's catalogue (GUARD_…).
  ...GUARD_ERRORS,
  CASE_VERSION_CONFLICT: {
    status: 409,
    message: '案件已被他人更新，请刷新后重试',
    messageEn: 'The case was changed by someone else; reload it and try again',
  },
  ACTION_NOT_AVAILABLE: {
    status: 422,
    message: '案件当前环节没有该操作',
    messageEn: 'The current stage of the case has no such action',
  },
  ACTION_ROLE_NOT_ALLOWED: {
    status: 403,
    message: '您的角色不能办理该环节的此项操作',
    messageEn: 'Your role may not take this action in this stage',
  },
  ACTION_NOT_CASE_OFFICER: {
    status: 403,
    message: '您不是本案的承办人员，不能办理此项操作',
    messageEn: 'You are not one of the officers handling this case',
  },
  DOCUMENTS_MISSING: {
    status: 422,
    message: '本环节必备的文书尚未制作签发',
    messageEn: 'Documents this stage requires have not been issued',
  },
  CASE_CLOSED: {
    status: 422,
    message: '案件已结案或归档，不能再修改',
    messageEn: 'The case is closed or archived and can no longer change',
  },
  ID_NUMBER_INVALID: {
    status: 422,
    message: '公民身份号码无效',
    messageEn: 'The citizen ID number is not valid',
  },
  CREDIT_CODE_INVALID: {
    status: 422,
    message: '统一社会信用代码无效',
    messageEn: 'The unified social credit code is not valid',
  },
  MATTER_NOT_FOUND: {
    status: 422,
    message: '现行执法事项清单中没有该事项',
    messageEn: 'The current list of enforcement matters has no such matter',
  },
  OFFICER_NOT_CERTIFIED: {
    status: 422,
    message: '该人员没有有效的行政执法证件，不能承办案件',
    messageEn: 'This person holds no valid enforcement certificate and cannot handle cases',
  },
  OFFICER_ALREADY_ASSIGNED: {
    status: 409,
    message: '该人员已是本案办案人员',
    messageEn: 'This person is already on the case',
  },
  OFFICER_RECUSED: {
    status: 422,
    message: '该人员已在本案回避，不能再承办',
    messageEn: 'This person has withdrawn from the case (recusal) and cannot handle it again',
  },
  PENALTY_REASON_REQUIRED: {
    status: 422,
    message: '拟处罚超出裁量基准，须书面说明理由',
    messageEn: 'The penalty lies outside the discretion standard: give a written reason',
  },
  PENALTY_LOCKED: {
    status: 422,
    message: '处罚决定已作出，拟处罚内容不能再修改',
    messageEn: 'The decision has been made; the proposed penalty can no longer change',
  },
  NO_MATTER_ON_CASE: {
    status: 422,
    message: '请先确定案件适用的执法事项',
    messageEn: 'Choose the enforcement matter of the case first',
  },
  DEADLINE_NOT_RUNNING: {
    status: 422,
    message: '该期限已不在计算中',
    messageEn: 'This deadline is no longer running',
  },
  DEADLINE_CHANGE_INVALID: {
    status: 422,
    message: '期限中止、恢复或延长的设置不合理',
    messageEn: 'The suspension, resumption or extension is not valid',
  },
  REVIEW_NOT_ALLOWED: {
    status: 422,
    message: '案件当前不在法制审核环节，或您不能审核本案',
    messageEn: 'The case is not in legal review, or you may not review it',
  },
  REVIEW_MATERIALS_MISSING: {
    status: 422,
    message: '送审材料不全，不予受理',
    messageEn: 'Materials for review are missing; the submission is refused',
  },
  REVIEW_ALREADY_PENDING: {
    status: 409,
    message: '本案已有待审核的送审，请等待审核意见',
    messageEn: 'The case already has a review waiting for an opinion',
  },
  REVIEW_NOT_PENDING: {
    status: 409,
    message: '该送审已出具审核意见或已失效',
    messageEn: 'This review has already been concluded or is no longer current',
  },
  REVIEW_NOT_ASSIGNED: {
    status: 403,
    message: '该送审未指派给您审核',
    messageEn: 'This review is not assigned to you',
  },
  REVIEWER_NOT_QUALIFIED: {
    status: 422,
    message: '审核人员须在本级审核机构登记法律职业资格（证书编号、取得日期）',
    messageEn: 'The reviewer needs a recorded legal-profession qualification in this level’s review unit',
  },
  REVIEWER_NOT_SEPARATE: {
    status: 422,
    message: '审核人员不得是本案承办人员或送审人，两级审核须由不同人员担任',
    messageEn:
      'The reviewer may not be a handler or the submitter, and the two levels need two different people',
  },
  REVIEW_DRAFT_CHANGED: {
    status: 409,
    message: '送审后拟处罚决定已改变，原送审失效，请重新送审',
    messageEn: 'The draft decision changed after submission; submit it again',
  },
  REVIEW_OPINION_INVALID: {
    status: 422,
    message: '审核意见不完整：七项审核内容须逐项填写，存在问题的须写明意见',
    messageEn: 'The opinion is incomplete: every one of the seven items needs a finding, problems a comment',
  },
  REVIEW_DISCUSSION_NOT_ALLOWED: {
    status: 409,
    message: '只有“不同意”的审核意见才提交集体讨论，且每次只记录一次',
    messageEn: 'Only a disagreeing opinion goes to a collective discussion, recorded once',
  },
  REVIEW_CATALOGUE_INVALID: {
    status: 422,
    message: '审核目录的数额须为正整数，处罚种类不能为空',
    messageEn: 'Catalogue amounts must be positive integers and kinds not empty',
  },
  REVIEW_QUALIFICATION_INVALID: {
    status: 422,
    message: '该账号不持有对应审核级别的角色，或所在单位与登记单位不符',
    messageEn: 'The account does not hold the level’s reviewer role, or is not in that unit',
  },
  REVIEW_QUALIFICATION_EXISTS: {
    status: 409,
    message: '该账号已登记本级审核资格（或该资格已撤销）',
    messageEn: 'The account already holds this level (or the qualification is already revoked)',
  },
  REVIEW_GATE_CLOSED: {
    status: 422,
    message: '未经法制审核或审核未通过的，不得作出处罚决定',
    messageEn: 'No decision before every required legal review has passed on the current draft',
  },
  DOCUMENT_ALREADY_ISSUED: {
    status: 409,
    message: '该文书已签发，内容和文号已固定，不能再次签发或修改；如需更正，请作废后重新制作',
    messageEn: 'This document is already issued and frozen; void it and issue a new one to change it',
  },
  DOCUMENT_NOT_ISSUED: {
    status: 409,
    message: '该文书尚未签发',
    messageEn: 'This document has not been issued',
  },
  DOCUMENT_ALREADY_VOIDED: {
    status: 409,
    message: '该文书已作废',
    messageEn: 'This document is already void',
  },
  DOCUMENT_FONTS_MISSING: {
    status: 503,
    message: '服务器缺少公文字体，暂时无法生成文书，请联系系统管理员（SANXIANG_FONT_DIR）',
    messageEn: 'The server lacks the document fonts (SANXIANG_FONT_DIR); ask the system administrator',
  },
  // Evidence, uploads and devices.
  EVIDENCE_TOO_LARGE: {
    status: 413,
    message: '文件超过证据上传大小上限',
    messageEn: 'The file is larger than the evidence upload limit',
  },
  EVIDENCE_TYPE_NOT_ALLOWED: {
    status: 422,
    message: '文件类型与证据类别不符（照片、音频、视频、文书各有允许的格式）',
    messageEn: 'The file type does not fit the evidence kind',
  },
  EVIDENCE_DUPLICATE: {
    status: 409,
    message: '该文件已作为本案证据上传（内容摘要相同）',
    messageEn: 'This file is already evidence in this case (same digest)',
  },
  EVIDENCE_STAGE_UNKNOWN: {
    status: 422,
    message: '该案件的办理程序中没有这个环节',
    messageEn: 'The case’s procedure has no such stage',
  },
  EVIDENCE_ALREADY_LINKED: {
    status: 409,
    message: '该证据已关联到这个案件',
    messageEn: 'The item is already linked to this case',
  },
  EVIDENCE_NOT_LINKED: {
    status: 409,
    message: '该证据未关联到这个案件',
    messageEn: 'The item is not linked to this case',
  },
  EVIDENCE_RANGE_NOT_SATISFIABLE: {
    status: 416,
    message: '请求的字节范围超出文件大小',
    messageEn: 'The requested byte range lies outside the file',
  },
  UPLOAD_OFFSET_MISMATCH: {
    status: 409,
    message: '续传位置与服务器已接收的字节数不一致，请按服务器返回的位置续传',
    messageEn: 'The upload offset differs from what the server holds; resume from the offset it returns',
  },
  UPLOAD_NOT_OPEN: {
    status: 409,
    message: '该上传已完成或已取消',
    messageEn: 'This upload is already complete or cancelled',
  },
  UPLOAD_BEYOND_LENGTH: {
    status: 413,
    message: '上传的数据超过了登记的文件大小',
    messageEn: 'More bytes were sent than the upload declared',
  },
  DEVICE_SERIAL_TAKEN: {
    status: 409,
    message: '该设备编号已登记',
    messageEn: 'A device with this serial number is already registered',
  },
  DEVICE_NOT_AVAILABLE: {
    status: 409,
    message: '该设备已被领用或已报废，不能领用',
    messageEn: 'The device is checked out or retired',
  },
  DEVICE_NOT_CHECKED_OUT: {
    status: 409,
    message: '该设备未被领用，无需归还',
    messageEn: 'The device is not checked out',
  },
  RECORDING_EXEMPTION_NOT_APPLICABLE: {
    status: 422,
    message: '该环节不要求全程音像记录，无需申请免于记录',
    messageEn: 'This stage does not require footage; there is nothing to exempt',
  },
  RECORDING_EXEMPTION_OPEN: {
    status: 409,
    message: '该环节已有待审批或已批准的免于音像记录申请',
    messageEn: 'This stage already has a pending or approved footage exemption',
  },
  RECORDING_EXEMPTION_DECIDED: {
    status: 409,
    message: '该申请已经审批',
    messageEn: 'This request has already been decided',
  },
  RECORDING_EXEMPTION_OWN: {
    status: 403,
    message: '不能审批本人提出的申请',
    messageEn: 'You may not decide your own request',
  },
  CASE_FILE_NOT_SEALED: {
    status: 409,
    message: '案件尚未结案归档，电子案卷未封存',
    messageEn: 'The case is not closed yet; its file is not sealed',
  },
  CASE_FILE_ALREADY_SEALED: {
    status: 409,
    message: '电子案卷已封存，变更须经审批的补正',
    messageEn: 'The case file is sealed; a change needs an approved amendment',
  },
  CASE_FILE_AMENDMENT_PENDING: {
    status: 409,
    message: '该案卷已有待审批的补正申请',
    messageEn: 'An amendment of this case file is already pending',
  },
  CASE_FILE_AMENDMENT_DECIDED: {
    status: 409,
    message: '该补正申请已经审批',
    messageEn: 'This amendment has already been decided',
  },
  CASE_FILE_AMENDMENT_OWN: {
    status: 403,
    message: '不能审批本人提出的补正申请',
    messageEn: 'You may not approve your own amendment',
  },
  CASE_ACCESS_NOT_NEEDED: {
    status: 409,
    message: '该案件属于您的调阅范围，无需申请',
    messageEn: 'You can read this case already; no request is needed',
  },
  CASE_ACCESS_ALREADY_REQUESTED: {
    status: 409,
    message: '您对该案件已有待审批或有效的调阅申请',
    messageEn: 'You already have a pending or valid request for this case',
  },
  CASE_ACCESS_NOT_UNIT_LEADER: {
    status: 403,
    message: '跨单位调阅须由案件所属单位的负责人审批',
    messageEn: 'A cross-unit read is decided by the leader of the unit that owns the case',
  },
  CASE_ACCESS_OWN_REQUEST: {
    status: 403,
    message: '不能审批本人提出的调阅申请',
    messageEn: 'You may not decide your own request',
  },
  CASE_ACCESS_ALREADY_DECIDED: {
    status: 409,
    message: '该调阅申请已经审批',
    messageEn: 'This request has already been decided',
  },
  CASE_ACCESS_HOURS_TOO_LONG: {
    status: 422,
    message: '调阅期限超过本局规定的最长期限',
    messageEn: 'The period asked for is longer than the bureau allows',
  },
  // Publicity reports (P-07, P-08, P-11).
  CERTIFICATE_ALREADY_REVOKED: {
    status: 409,
    message: '该执法证已经注销',
    messageEn: 'This certificate has already been revoked',
  },
  WINDOW_CODE_TAKEN: {
    status: 409,
    message: '窗口编号已被使用',
    messageEn: 'Another window already has this number',
  },
  STALE_VERSION: {
    status: 409,
    message: '数据已被他人修改，请刷新后重试',
    messageEn: 'Someone else changed this record; reload and try again',
  },
  ANNUAL_REPORT_STATUS_INVALID: {
    status: 409,
    message: '年度报告当前状态不允许此操作',
    messageEn: 'The annual report is not in a state that allows this',
  },
  ANNUAL_REPORT_YEAR_OPEN: {
    status: 422,
    message: '报告年度尚未结束，数据未定，不能提交审核或公开；请在次年重新计算后提交',
    messageEn: 'The year has not ended, so its figures are not final; recompute after the year ends',
  },
  ANNUAL_REPORT_OWN_DRAFT: {
    status: 403,
    message: '不能审核本人起草的年度报告',
    messageEn: 'You may not review a report you drafted',
  },
  REMEDY_OUTCOME_DATE: {
    status: 422,
    message: '结果日期须在受理（立案）日期之后，且已结案的须填写结果日期',
    messageEn: 'An outcome needs its date, on or after the filing date',
  },
  // the verifiable log's public endpoints.
  TRANSPARENCY_INDEX_OUT_OF_RANGE: {
    status: 400,
    message: '叶子序号须小于树的大小，且树的大小不能超过日志当前的大小',
    messageEn: 'The leaf index must be below the tree size, and the tree size within the log',
  },
  TRANSPARENCY_BAD_RANGE: {
    status: 400,
    message: '一致性证明要求 0 < from ≤ to ≤ 日志当前的大小',
    messageEn: 'A consistency proof needs 0 < from ≤ to ≤ the current log size',
  },
  TRANSPARENCY_NO_TREE_HEAD: {
    status: 404,
    message: '尚未签署任何树头',
    messageEn: 'No tree head has been signed yet',
  },
  INTERNAL: {
    status: 500,
    message: '服务器内部错误，请稍后重试',
    messageEn: 'Internal server error; please try again later',
  },
  // Publicity (P-02, P-09).
  PUBLICATION_NOT_FOUND: { status: 404, message: '未找到该公示信息', messageEn: 'Publication not found' },
  PUBLICATION_NOT_DRAFT: {
    status: 409,
    message: '该信息已不是待审核状态，不能再修改或发布',
    messageEn: 'The publication is no longer a draft',
  },
  PUBLICATION_NOT_PUBLISHED: {
    status: 409,
    message: '该信息当前未在公示中',
    messageEn: 'The publication is not currently published',
  },
  PUBLICATION_BARRED: {
    status: 422,
    message: '该信息依规定不予公开',
    messageEn: 'This information may not be published',
  },
  REDACTION_INVALID: {
    status: 422,
    message: '脱敏范围无效：须在文本之内、不为空且互不重叠',
    messageEn: 'Redactions must lie inside the text, be non-empty and not overlap',
  },
  CORRECTION_NOT_FOUND: {
    status: 404,
    message: '未找到该纠错申请',
    messageEn: 'Correction request not found',
  },
  CORRECTION_NOT_OPEN: {
    status: 409,
    message: '该纠错申请已答复',
    messageEn: 'The request has already been answered',
  },
  CORRECTION_CHANGE_REQUIRED: {
    status: 422,
    message: '采纳纠错申请须同时给出更正后的内容或脱敏',
    messageEn: 'An accepted correction must change the text or the redactions',
  },
  DECISION_NOT_MADE: {
    status: 422,
    message: '该案件尚未作出决定',
    messageEn: 'The case has no decision yet',
  },
  DECISION_ALREADY_REVOKED: {
    status: 409,
    message: '该决定已被撤销',
    messageEn: 'The decision has already been revoked',
  },
  REVOCATION_DATE_INVALID: {
    status: 422,
    message: '撤销或变更日期不能晚于今天',
    messageEn: 'The revocation date cannot be in the future',
  },
} as const satisfies Record<string, { status: number; message: string; messageEn: string }>;

export type ErrorCode = keyof typeof ERRORS;
