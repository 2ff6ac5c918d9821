import { render } from 'preact';
import { WelcomePage } from '@/src/ui/pages/WelcomePage';
import { startLightPage } from '@/src/ui/pages/boot';
import '@/assets/styles/page.css';
import '@/assets/styles/pages/welcome.css';

void startLightPage().then(() => render(<WelcomePage />, document.getElementById('app')!));
