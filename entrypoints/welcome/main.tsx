import { render } from 'preact';
import { WelcomePage } from '@/src/ui/pages/WelcomePage';
import { startLightPage } from '@/src/ui/pages/boot';
import '@/src/ui/page.css';
import '@/src/ui/pages/welcome.css';

void startLightPage().then(() => render(<WelcomePage />, document.getElementById('app')!));
