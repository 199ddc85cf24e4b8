/**
 * Approximate looks of Excel's built-in table styles (TableStyleLight1…21, Medium1…28, Dark1…11): the number
 * picks the theme accent, the family picks where the colour goes.
 */
export interface TableLook {
  headerFill: string | null;
  headerColor: string;
  headerBorder: string | null;
  bandFill: string | null;
  border: string | null;
}

const ACCENTS = ['#000000', '#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];
const TINTS = ['#D9D9D9', '#D9E1F2', '#FCE4D6', '#EDEDED', '#FFF2CC', '#DDEBF7', '#E2EFDA'];

export function tableLook(style: string): TableLook | null {
  const match = /^TableStyle(Light|Medium|Dark)(\d+)$/.exec(style);
  if (!match) return null;
  const [, family, digits] = match;
  const n = Number(digits);
  const accent = (n - 1) % 7;
  if (family === 'Light') {
    if (n <= 7)
      return {
        headerFill: null,
        headerColor: '#000000',
        headerBorder: ACCENTS[accent],
        bandFill: TINTS[accent],
        border: null,
      };
    if (n <= 14)
      return {
        headerFill: ACCENTS[accent],
        headerColor: '#FFFFFF',
        headerBorder: null,
        bandFill: null,
        border: ACCENTS[accent],
      };
    return {
      headerFill: null,
      headerColor: '#000000',
      headerBorder: ACCENTS[accent],
      bandFill: TINTS[accent],
      border: ACCENTS[accent],
    };
  }
  if (family === 'Medium')
    return {
      headerFill: ACCENTS[accent],
      headerColor: '#FFFFFF',
      headerBorder: null,
      bandFill: TINTS[accent],
      border: null,
    };
  return { headerFill: '#000000', headerColor: '#FFFFFF', headerBorder: null, bandFill: TINTS[accent], border: null };
}
