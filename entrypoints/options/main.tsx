import { render } from 'preact';
import { OptionsPage } from '@/src/ui/pages/OptionsPage';
import { startExtensionPage } from '@/src/ui/pages/boot';
import '@/src/ui/page.css';
import '@/src/ui/pages/options.css';

void startExtensionPage().then(() => render(<OptionsPage />, document.getElementById('app')!));
