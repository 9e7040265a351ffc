#include "datetext.h"

#include <QLocale>

namespace oqy::datetext {

QString compact(const QDateTime &when, const QDateTime &now)
{
    const QDateTime local = when.toLocalTime();
    const QDate today = now.toLocalTime().date();
    if (local.date() == today)
        return QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date().year() == today.year())
        return QLocale().toString(local.date(), QStringLiteral("d MMM"));
    return QLocale().toString(local.date(), QStringLiteral("d MMM yyyy"));
}

QString full(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"));
}

} // namespace oqy::datetext
