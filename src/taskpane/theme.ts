import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Follows Office's theme: a dark task pane background in Office means the dark Fluent theme. */
export function themeFromOffice(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  const hex = officeTheme?.bodyBackgroundColor?.replace('#', '');
  if (!hex || hex.length !== 6) return webLightTheme;
  const [r, g, b] = [0, 2, 4].map((offset) => parseInt(hex.slice(offset, offset + 2), 16));
  const luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}
