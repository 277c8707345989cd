// Shared by Next Change, Previous Change and List Changes: each acts on the diff on screen and on nothing else.
import { NO_DIFF_MESSAGE, type ChangeStep } from './views';
import { defineCommand, type Command } from './types';

/** A Revisions command that moves through (or lists) the changes of the diff on screen, with its own `meta`. */
export function changeStepCommand(
  step: ChangeStep,
  meta: Pick<Command, 'id' | 'title' | 'icon' | 'keywords' | 'key'>,
): Command {
  return defineCommand({
    ...meta,
    category: 'Revisions',
    run(ctx) {
      // Only the diff on screen: a change key pressed elsewhere must not switch the view.
      const diff = ctx.views.shown('revisions');
      if (diff) diff.stepChanges(step);
      else ctx.notify(NO_DIFF_MESSAGE);
    },
  });
}
