// Jumps to the scene after the one last touched.
import { neighbourScene } from './scene-steps';
import { defineCommand } from './types';

export default defineCommand({
  id: 'script.nextScene',
  title: 'Next Scene',
  icon: 'arrow-down',
  category: 'Go',
  keywords: ['forward', 'down'],
  key: 'Alt+PageDown',
  enabled: (ctx) => ctx.scenes.length > 0,
  run(ctx) {
    const i = neighbourScene(ctx, 1);
    if (i !== undefined) ctx.revealScene(i);
  },
});
