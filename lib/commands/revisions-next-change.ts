// Moves to the next change in the diff on screen (VS Code: Alt+F5).
import { changeStepCommand } from './change-steps';

export default changeStepCommand('next', {
  id: 'revisions.nextChange',
  title: 'Go to Next Change',
  icon: 'arrow-down',
  keywords: ['diff', 'compare', 'difference'],
  key: 'Alt+F5',
});
