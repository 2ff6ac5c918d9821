import { render } from 'preact';
import { GuidelinesPage } from '@/src/ui/pages/GuidelinesPage';
import { startExtensionPage } from '@/src/ui/pages/boot';

void startExtensionPage().then(() => render(<GuidelinesPage />, document.getElementById('app')!));
