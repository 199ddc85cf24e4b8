import { makeStyles } from '@fluentui/react-components';

/** Controls that must shrink with a narrow pane or 200 % zoom. */
export const useNarrowStyles = makeStyles({
  // Fluent's dropdown asks for 250 px; a task pane at 200 % zoom has less.
  dropdown: { minWidth: 0, width: '100%' },
  // An input asks for its natural width (20 characters, or a date picker's); in a narrow pane it shrinks.
  input: { width: '100%', minWidth: 0, '& input': { minWidth: 0 } },
  // A field is a grid item: without this its content's natural width would set its own.
  field: { minWidth: 0 },
});
