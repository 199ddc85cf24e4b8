/** The plain page shown where the task pane cannot run: an old Office, or the page opened outside Office. */
export const hostPage = {
  'hostPage.unsupported.title': 'This version of Office cannot show NAP Monitor',
  'hostPage.unsupported.body':
    'Your Office shows add-ins with Internet Explorer, which NAP Monitor does not support (this is the case for Office 2016 and 2019 with a volume licence). You can:',
  'hostPage.unsupported.web': 'open the workbook in Excel on the web and use NAP Monitor there;',
  'hostPage.unsupported.newer': 'use Office 2021, Office 2024 or Microsoft 365;',
  'hostPage.unsupported.cli':
    'or run the nap-monitor command line on the workbook file: it sets up, checks and computes status without Excel.',
  'hostPage.outside.title': 'Open NAP Monitor from Excel',
  'hostPage.outside.body':
    'This page is the NAP Monitor task pane and works only inside Excel: open a workbook in Excel and choose Home > NAP Monitor. To try it without Excel, open the preview page.',
} as const;
