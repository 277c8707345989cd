// Jumps to the scene before the one last touched.
import { neighbourScene } from './scene-steps';
import { defineCommand } from './types';

export default defineCommand({
  id: 'script.previousScene',
  title: 'Previous Scene',
  icon: 'arrow-up',
  category: 'Go',
  keywords: ['back', 'up'],
  key: 'Alt+PageUp',
  enabled: (ctx) => ctx.scenes.length > 0,
  run(ctx) {
    const i = neighbourScene(ctx, -1);
    if (i !== undefined) ctx.revealScene(i);
  },
});
