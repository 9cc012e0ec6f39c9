import type { ReactNode } from 'react';
import classes from './Picker.module.css';

export interface PickerListProps<T> {
  /** The listbox id the textarea's `aria-controls` points at. */
  id: string;
  label: string;
  items: T[];
  activeIndex: number;
  /** The option element id, for the textarea's `aria-activedescendant`. */
  optionId: (item: T) => string;
  onPick: (item: T) => void;
  /** Shown when nothing matches. */
  empty: string;
  /** The option's main text and its dimmed detail on the right. */
  render: (item: T) => { primary: ReactNode; secondary?: ReactNode };
}

/**
 * A suggestion list under the composer's caret (mentions, canned replies). It never takes the
 * focus: the textarea's keyboard drives it (see use-composer-picker.ts); clicking works too.
 */
export function PickerList<T>({
  id,
  label,
  items,
  activeIndex,
  optionId,
  onPick,
  empty,
  render,
}: PickerListProps<T>) {
  return (
    <ul id={id} role="listbox" aria-label={label} className={classes.list}>
      {items.length === 0 && <li className={classes.empty}>{empty}</li>}
      {items.map((item, index) => {
        const { primary, secondary } = render(item);
        return (
          <li
            key={optionId(item)}
            id={optionId(item)}
            role="option"
            aria-selected={index === activeIndex}
            className={classes.option}
            onMouseDown={(e) => {
              // Keep the caret in the textarea.
              e.preventDefault();
              onPick(item);
            }}
          >
            <span className={classes.primary}>{primary}</span>
            {secondary !== undefined && <span className={classes.secondary}>{secondary}</span>}
          </li>
        );
      })}
    </ul>
  );
}
