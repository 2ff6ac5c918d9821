import { render } from 'preact';
import { OptionsPage } from '@/src/ui/pages/OptionsPage';
import { startExtensionPage } from '@/src/ui/pages/boot';
import '@/assets/styles/page.css';
import '@/assets/styles/pages/options.css';

void startExtensionPage().then(() => render(<OptionsPage />, document.getElementById('app')!));
