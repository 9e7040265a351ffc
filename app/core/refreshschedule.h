#pragma once

#include <QDateTime>

namespace oqy {

// When a feed is due again. Pure arithmetic, so that the policy is one place and testable.
namespace schedule {

constexpr int DefaultIntervalMinutes = 30;
// However often a feed fails, Oqy still tries it once a day: outlets come back.
constexpr int MaxBackoffMinutes = 24 * 60;

// After a success (new items, 304 or an unchanged body): one interval later.
QDateTime afterSuccess(const QDateTime &now, int intervalMinutes);

// After the `failures`-th failure in a row (1 for the first): the interval doubled for each earlier
// failure, at most a day, and never before the time the server asked for (Retry-After).
QDateTime afterFailure(
    const QDateTime &now, int intervalMinutes, int failures, const QDateTime &retryAfter = {});

} // namespace schedule
} // namespace oqy
