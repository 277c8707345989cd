// Minutes page entry: opens storage, then shows the printable minutes of the session named in the URL.
import { mountPage } from '../../components/workbench/mountPage';
import { MinutesPage } from '../../components/views/notes/MinutesPage';

mountPage(MinutesPage);
