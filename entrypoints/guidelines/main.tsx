import { render } from 'preact';
import { GuidelinesPage } from '@/src/ui/pages/GuidelinesPage';
import { startExtensionPage } from '@/src/ui/pages/boot';
import '@/assets/styles/page.css';
import '@/assets/styles/pages/library.css';

void startExtensionPage().then(() => render(<GuidelinesPage />, document.getElementById('app')!));
