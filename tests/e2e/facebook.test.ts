import { platformFlows } from './platform-flows';

// The post composer: a Lexical box in the "Buat postingan" dialog; Enter there is a new line, so
// a keyboard user posts with Enter on the focused "Posting" div[role="button"].
platformFlows({
  id: 'facebook',
  url: 'https://www.facebook.com/',
  fixture: 'facebook',
  composer: 'div[role="dialog"] div[role="textbox"][data-lexical-editor="true"]',
  submit: 'div[role="dialog"] div[role="button"][aria-label="Posting"]',
  key: 'Enter',
  keyOn: 'submit',
  open: (page) => page.click('text=Apa yang Anda pikirkan, Rina?'),
});

// Comments: Enter sends (Lexical's KEY_ENTER_COMMAND), or the arrow in #focused-state-composer-submit.
platformFlows({
  id: 'facebook-comment',
  url: 'https://web.facebook.com/',
  fixture: 'facebook',
  composer: 'form[role="presentation"] div[role="textbox"][data-lexical-editor="true"]',
  submit: '#focused-state-composer-submit div[role="button"]',
  key: 'Enter',
});
