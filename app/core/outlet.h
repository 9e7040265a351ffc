#pragma once

#include <QString>
#include <QStringList>

namespace oqy {

// A news organisation from the outlet directory. Its home region labels articles only when their
// text names no region at all.
struct Outlet
{
    qint64 id = 0;
    QString name;
    QString site;
    QString homeRegion; // region slug, empty for national outlets
    QStringList languages;
};

} // namespace oqy
