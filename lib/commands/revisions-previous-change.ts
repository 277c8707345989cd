// Moves to the previous change in the diff on screen (VS Code: Shift+Alt+F5).
import { changeStepCommand } from './change-steps';

export default changeStepCommand('previous', {
  id: 'revisions.previousChange',
  title: 'Go to Previous Change',
  icon: 'arrow-up',
  keywords: ['diff', 'compare', 'difference'],
  key: 'Shift+Alt+F5',
});
