import { render } from 'preact';
import { PracticePage } from '@/src/ui/pages/practice/PracticePage';
import { startExtensionPage } from '@/src/ui/pages/boot';
import '@/src/ui/page.css';
import '@/src/ui/pages/practice/practice.css';

void startExtensionPage().then((settings) => render(<PracticePage settings={settings} />, document.getElementById('app')!));
