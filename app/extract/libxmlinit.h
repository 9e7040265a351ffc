#pragma once

namespace oqy {

// libxml2's one-time set-up, before any parse. Debian 12's libxml2 (2.9.14) builds its global
// dictionary lock lazily and not thread-safely: two page extractions starting together on two
// worker threads could each make the lock and unlock the other's, leaving both waiting for ever
// (oqy-cli refresh hung about once in 370 runs under load). Call it on the main thread at start;
// every parser calls it too, which after the first time costs nothing.
void initLibxml();

} // namespace oqy
