// Opens the accessible list of changes in the diff on screen, each read as a sentence (VS Code: F7).
import { changeStepCommand } from './change-steps';

export default changeStepCommand('list', {
  id: 'revisions.listChanges',
  title: 'List Changes (Accessible)',
  icon: 'list-flat',
  keywords: ['diff', 'compare', 'screen reader', 'accessible diff viewer'],
  key: 'F7',
});
