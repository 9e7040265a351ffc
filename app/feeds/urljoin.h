#pragma once

#include <QString>

namespace oqy::feeds {

// Resolves `relative` against `base` the way feed readers have always done it (RFC 3986, with
// Python's urljoin leniency: extra slashes after "scheme://" are dropped, a base that is not a URL
// leaves `relative` as it is).
QString urlJoin(const QString &base, const QString &relative);

// Like urlJoin, but returns an empty string when the result's scheme is not one a feed may point
// to (javascript:, data:, …). Used for xml:base, which would otherwise let a feed smuggle scripts
// into every relative link below it.
QString safeAbsoluteUrl(const QString &base, const QString &relative);

} // namespace oqy::feeds
