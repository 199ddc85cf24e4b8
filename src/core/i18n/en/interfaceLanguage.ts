/** The pane's own language picker; the plan's language is a plan setting and is labelled there. */
export const interfaceLanguage = {
  'interfaceLanguage.label': 'Language of this pane',
  'interfaceLanguage.hint': 'Sheets, forms and reports use the language of the plan, set in Settings.',
} as const;
