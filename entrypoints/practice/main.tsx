import { render } from 'preact';
import { PracticePage } from '@/src/ui/pages/PracticePage';
import { startExtensionPage } from '@/src/ui/pages/boot';
import '@/src/ui/page.css';

void startExtensionPage().then((settings) => render(<PracticePage settings={settings} />, document.getElementById('app')!));
