// Jumps to the scene before the one last touched.
import { sceneStepCommand } from './scene-steps';

export default sceneStepCommand(-1, {
  id: 'script.previousScene',
  title: 'Previous Scene',
  icon: 'arrow-up',
  keywords: ['back', 'up'],
  key: 'Alt+PageUp',
});
