import type { AppDeps } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { loadBureauProfile } from '../portal/bureau-profile.js';
import { annualReportWorkbook } from './export-workbook.js';
import { renderAnnualReportPdf } from './render-report-pdf.js';
import type { PresentedReport } from './report-query.js';

const STATUS_NOTE: Record<string, string> = {
  draft: '草稿，未经审核',
  submitted: '待审核',
  approved: '已审核，待公开',
  published: '',
};

/** A report's workbook or PDF; anything not yet published says so on its face. */
export async function exportReport(deps: AppDeps, report: PresentedReport, format: 'xlsx' | 'pdf') {
  if (!report.figures) throw new AppError('NOT_FOUND');
  const bureau = (await loadBureauProfile(deps.db))?.name ?? '城市管理局';
  const note =
    report.status === 'published' ? `${report.publishedOn}公开` : (STATUS_NOTE[report.status] ?? '');
  const fileName = `${report.year}年度行政执法数据统计.${format}`;
  const body =
    format === 'xlsx'
      ? await annualReportWorkbook(bureau, report.figures, note)
      : await renderAnnualReportPdf(bureau, report.figures, note);
  return {
    fileName,
    body,
    contentType:
      format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/pdf',
  };
}

export function disposition(fileName: string): string {
  return `attachment; filename="report.${fileName.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
