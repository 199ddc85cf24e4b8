import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { languageFromOffice } from '../../src/taskpane/language';
import { themeFromOffice } from '../../src/taskpane/theme';
import { localToday } from '../../src/taskpane/today';

describe('the task pane follows Office', () => {
  it.each([
    ['sr-Latn-RS', 'sr-Latn'],
    ['sr-Cyrl-RS', 'sr-Cyrl'],
    ['sr', 'sr-Latn'],
    ['sq-AL', 'sq'],
    ['mk-MK', 'mk'],
    ['bs-Latn-BA', 'bs'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ])('speaks %s as %s', (display, expected) => {
    expect(languageFromOffice(display)).toBe(expected);
  });

  it('uses the dark theme when Office paints the task pane dark', () => {
    expect(themeFromOffice({ bodyBackgroundColor: '#1F1F1F' })).toBe(webDarkTheme);
    expect(themeFromOffice({ bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
    expect(themeFromOffice(undefined)).toBe(webLightTheme);
  });

  it("dates today in the user's own calendar", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
