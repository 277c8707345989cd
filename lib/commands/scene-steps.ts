// Shared by Next Scene and Previous Scene: which scene is the neighbour of the one last touched.
import type { CommandContext } from './types';

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
