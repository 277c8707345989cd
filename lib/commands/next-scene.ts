// Jumps to the scene after the one last touched.
import { sceneStepCommand } from './scene-steps';

export default sceneStepCommand(1, {
  id: 'script.nextScene',
  title: 'Next Scene',
  icon: 'arrow-down',
  keywords: ['forward', 'down'],
  key: 'Alt+PageDown',
});
