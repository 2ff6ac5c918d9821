import { render } from 'preact';
import { GuidelinesPage } from '@/src/ui/pages/GuidelinesPage';
import { startExtensionPage } from '@/src/ui/pages/boot';
import '@/src/ui/page.css';
import '@/src/ui/pages/library.css';

void startExtensionPage().then(() => render(<GuidelinesPage />, document.getElementById('app')!));
