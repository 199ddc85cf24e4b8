import type { SheetSpec, TableSpec } from '../layout';

/**
 * The submission register (B.2.1.2: who has and has not submitted), agency × period. Building the forms
 * writes the *expected* rows; importing returned forms fills in received, timeliness, file, hash and state.
 * States and timeliness are stored as their keys' labels (`forms.state.*`, `forms.timeliness.*`).
 */
export const SUBMISSIONS_TABLE: TableSpec = {
  name: 'NapSubmissions',
  columns: [
    { key: 'agency', header: 'col.submission.agency', kind: 'code', width: 14 },
    { key: 'period', header: 'col.submission.period', kind: 'code', width: 10 },
    { key: 'formId', header: 'col.submission.formId', kind: 'code', width: 26 },
    { key: 'dueDate', header: 'col.submission.dueDate', kind: 'date', width: 12 },
    { key: 'issuedAt', header: 'col.submission.issuedAt', kind: 'text', width: 20 },
    { key: 'receivedAt', header: 'col.submission.receivedAt', kind: 'text', width: 20 },
    { key: 'timeliness', header: 'col.submission.timeliness', kind: 'text', width: 12 },
    { key: 'state', header: 'col.submission.state', kind: 'text', width: 22 },
    { key: 'fileName', header: 'col.submission.fileName', kind: 'text', width: 28 },
    { key: 'sha256', header: 'col.submission.sha256', kind: 'text', width: 20 },
    { key: 'values', header: 'col.submission.values', kind: 'number', width: 13 },
    { key: 'problems', header: 'col.submission.problems', kind: 'number', width: 11 },
  ],
};

export const SUBMISSIONS_SHEET: SheetSpec = {
  id: 'submissions',
  name: 'sheet.submissions',
  title: 'title.submissions',
  visible: true,
  tabColor: '#8A6D00',
  freezeRows: 3,
  tables: [{ table: SUBMISSIONS_TABLE, top: 2, left: 0 }],
  print: { orientation: 'landscape', repeat: 'tableHeader' },
};
