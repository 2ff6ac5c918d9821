import { render } from 'preact';
import { PracticePage } from '@/src/ui/pages/practice/PracticePage';
import { startExtensionPage } from '@/src/ui/pages/boot';
import '@/assets/styles/page.css';
import '@/assets/styles/pages/practice/practice.css';

void startExtensionPage().then((settings) => render(<PracticePage settings={settings} />, document.getElementById('app')!));
