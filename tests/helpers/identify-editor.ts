import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Fills in the "who is editing" form, as a programme lead does once. */
export async function identifyEditor(user: UserEvent, name = 'Alice Adams', organisation = 'Leeds Health and Care Partnership') {
  await user.type(await screen.findByLabelText('Your name'), name);
  await user.type(screen.getByLabelText('Organisation'), organisation);
  await user.click(screen.getByRole('button', { name: 'Start updating' }));
}
