// A toolbar button that shows only an icon: the label is its accessible name and its tooltip.
import type { ButtonHTMLAttributes } from 'react';
import { Codicon } from './Codicon';

interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  icon: string;
  label: string;
  /** Shown in the tooltip after the label ("Ctrl+O"). */
  keybinding?: string;
}

/** An icon-only button with an accessible name and a tooltip. */
export function IconButton({ icon, label, keybinding, className, ...rest }: IconButtonProps) {
  return (
    <button
      type="button"
      className={`icon-button${className ? ` ${className}` : ''}`}
      aria-label={label}
      title={keybinding ? `${label} (${keybinding})` : label}
      {...rest}
    >
      <Codicon name={icon} />
    </button>
  );
}
