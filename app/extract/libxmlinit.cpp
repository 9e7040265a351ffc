#include "libxmlinit.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

namespace oqy {

namespace {

void silence(void *, const char *, ...) { }

} // namespace

void initLibxml()
{
    // A function-local static: initialised once, other threads wait until it is.
    static const bool done = [] {
        xmlInitParser();
        // Parse errors are values in Oqy, never lines on stderr.
        xmlSetGenericErrorFunc(nullptr, silence);
        return true;
    }();
    (void)done;
}

} // namespace oqy
