import { makeStyles } from '@fluentui/react-components';

/** Controls that must shrink with a narrow pane or 200 % zoom. */
export const useNarrowStyles = makeStyles({
  // Fluent's dropdown asks for 250 px; a task pane at 200 % zoom has less.
  dropdown: { minWidth: 0, width: '100%' },
});
