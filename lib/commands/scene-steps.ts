// Shared by Next Scene and Previous Scene: which scene is the neighbour of the one last touched, and the command
// that jumps to it.
import { defineCommand, type Command, type CommandContext } from './types';

/** Index of the scene `step` scenes away from the current one, clamped to the script; undefined without scenes. */
export function neighbourScene(
  ctx: Pick<CommandContext, 'scenes' | 'currentSceneIndex'>,
  step: 1 | -1,
): number | undefined {
  const count = ctx.scenes.length;
  if (count === 0) return undefined;
  // With no scene touched yet, "next" starts at the first scene and "previous" at the last.
  if (ctx.currentSceneIndex === undefined) return step === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, ctx.currentSceneIndex + step));
}

/** A Go command that jumps `step` scenes from the one last touched, with its own `meta`. */
export function sceneStepCommand(
  step: 1 | -1,
  meta: Pick<Command, 'id' | 'title' | 'icon' | 'keywords' | 'key'>,
): Command {
  return defineCommand({
    ...meta,
    category: 'Go',
    enabled: (ctx) => ctx.scenes.length > 0,
    run(ctx) {
      const i = neighbourScene(ctx, step);
      if (i !== undefined) ctx.revealScene(i);
    },
  });
}
