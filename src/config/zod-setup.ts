import { z } from 'zod/mini';

// zod/mini loads no messages of its own: English, so a payload's problems read as words.
z.config(z.locales.en());
// No compiled validators: zod would otherwise probe `new Function`, which the app's
// Content-Security-Policy (script-src 'self', no eval) forbids and reports as a violation.
// Imported first by every module that defines schemas.
z.config({ jitless: true });
