import { render } from 'preact';
import { PopupPage } from '@/src/ui/pages/PopupPage';
import { startExtensionPage } from '@/src/ui/pages/boot';
import '@/assets/styles/page.css';
import '@/assets/styles/pages/popup.css';

void startExtensionPage().then(() => render(<PopupPage />, document.getElementById('app')!));
