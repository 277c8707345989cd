// Print page entry: opens storage, then mounts the print page for the job or pages named in the URL.
import { mountPage } from '../../components/workbench/mountPage';
import { PrintApp } from '../../components/views/print-queue/PrintApp';

mountPage(PrintApp);
