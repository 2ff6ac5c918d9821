import { render } from 'preact';
import { PopupPage } from '@/src/ui/pages/PopupPage';
import { startExtensionPage } from '@/src/ui/pages/boot';
import '@/src/ui/page.css';
import '@/src/ui/pages/popup.css';

void startExtensionPage().then(() => render(<PopupPage />, document.getElementById('app')!));
