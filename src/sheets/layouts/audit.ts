import type { SheetSpec, TableSpec } from '../layout';

/**
 * The audit trail of imports, supersessions, locks and reopenings (research §8.6): appended to, never
 * rewritten, so the CLI and the task pane share one history inside the workbook.
 */
export const AUDIT_TABLE: TableSpec = {
  name: 'NapAudit',
  columns: [
    { key: 'time', header: 'col.audit.time', kind: 'text', width: 17 },
    { key: 'who', header: 'col.audit.who', kind: 'text', width: 18 },
    { key: 'action', header: 'col.audit.action', kind: 'text', width: 22 },
    { key: 'period', header: 'col.audit.period', kind: 'code', width: 10 },
    { key: 'agency', header: 'col.audit.agency', kind: 'code', width: 14 },
    { key: 'formId', header: 'col.audit.formId', kind: 'code', width: 24 },
    { key: 'fileName', header: 'col.audit.fileName', kind: 'text', width: 26 },
    { key: 'sha256', header: 'col.audit.sha256', kind: 'text', width: 20 },
    { key: 'values', header: 'col.audit.values', kind: 'number', width: 13 },
    { key: 'superseded', header: 'col.audit.superseded', kind: 'number', width: 13 },
    { key: 'problems', header: 'col.audit.problems', kind: 'number', width: 11 },
    { key: 'reason', header: 'col.audit.reason', kind: 'text', width: 40, wrap: true },
  ],
};

export const AUDIT_SHEET: SheetSpec = {
  id: 'audit',
  name: 'sheet.audit',
  title: 'title.audit',
  visible: true,
  tabColor: '#595959',
  freezeRows: 3,
  tables: [{ table: AUDIT_TABLE, top: 2, left: 0 }],
  print: { orientation: 'landscape', repeat: 'tableHeader' },
};
