// The app's one button: the design system's look (ui.css) on a native <button>, type="button" by
// default so no button ever submits a form by accident.
import type { ButtonHTMLAttributes } from 'react';
import './ui.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** "quiet" has no border until hovered (toolbar icons, chips); "primary" is filled. */
  readonly variant?: 'default' | 'quiet' | 'primary';
  readonly ref?: React.Ref<HTMLButtonElement>;
}

export function Button({ variant = 'default', className, type = 'button', ...rest }: ButtonProps) {
  const classes = ['button', variant === 'default' ? '' : `button--${variant}`, className ?? ''];
  return <button type={type} className={classes.filter(Boolean).join(' ')} {...rest} />;
}
