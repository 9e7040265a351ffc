#pragma once

#include <QDateTime>
#include <QString>

// Dates as the window shows them: one format per interface language, whatever the system's
// locale says about short formats (en_US would give "10/15/25" where C gives "15 Oct 2025").
namespace oqy::datetext {

// The list's time column: "14:05" today, "15 окт." this year, "15 окт. 2025" before.
QString compact(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());
// "15 октября 2025, 14:05": tooltips, the feed's state, the reader pane.
QString full(const QDateTime &when);

} // namespace oqy::datetext
