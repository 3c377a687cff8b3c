// Importing this adds the English strings of en.tools.ts to t(): every file that names one imports
// it, so those strings load with the later chunks that show them, never with an embed's first chunk
// (tests/unit/wordParts.test.ts checks both).
import { addEnglish } from "./i18n";
import { enTools } from "./messages/en.tools";

addEnglish(enTools);
