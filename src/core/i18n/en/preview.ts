/** The simulated workbook beside the task pane on the preview page. */
export const preview = {
  'preview.sheetTabs': 'Sheets',
  'preview.showHiddenSheets': 'Show hidden sheets',
  'preview.hiddenSheet': '{sheet} (hidden)',
  'preview.protectedSheet': '{sheet} (protected)',
  'preview.grid': 'Cells of {sheet}',
  'preview.moreRows': { one: 'Show {count} more row', other: 'Show {count} more rows' },
  'preview.dropdown': 'Choose from a list',
  'preview.charts': 'Charts on {sheet}',
} as const;
