#include "refreshschedule.h"

#include <algorithm>

namespace oqy::schedule {

QDateTime afterSuccess(const QDateTime &now, int intervalMinutes)
{
    return now.addSecs(qint64(std::max(1, intervalMinutes)) * 60);
}

QDateTime afterFailure(
    const QDateTime &now, int intervalMinutes, int failures, const QDateTime &retryAfter)
{
    const qint64 interval = std::max(1, intervalMinutes);
    const int doublings = std::clamp(failures - 1, 0, 20);
    // A feed refreshed less often than daily keeps its own interval as the ceiling.
    const qint64 minutes
        = std::min<qint64>(interval << doublings, std::max<qint64>(interval, MaxBackoffMinutes));
    const QDateTime next = now.addSecs(minutes * 60);
    return retryAfter.isValid() && retryAfter > next ? retryAfter : next;
}

} // namespace oqy::schedule
