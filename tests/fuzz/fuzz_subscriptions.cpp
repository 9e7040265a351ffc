// Any bytes, as an OPML file or a Newsboat urls file, and the OPML written back.
#include "feeds/subscriptionlist.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto list = oqy::feeds::readSubscriptions(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    oqy::feeds::readSubscriptions(oqy::feeds::writeOpml(list.subscriptions, QStringLiteral("fuzz")));
    return 0;
}
