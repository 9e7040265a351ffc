#pragma once

#include <QByteArray>
#include <QString>

namespace oqy {

class Database;

// Bookmarks out of Oqy and back in: a JSON archive with everything an article needs to be read
// again (text, photo credit, quotes, regions, the reader's note), and a browser-style HTML
// bookmarks file. Importing the JSON archive into another data folder restores the same bookmarks,
// losslessly.
namespace bookmarks {

QByteArray exportJson(Database &db);
QByteArray exportHtml(Database &db);

struct ImportResult
{
    int added = 0; // articles Oqy did not have
    int updated = 0; // articles it had, now bookmarked with the archive's note
    QString error; // the file is not an Oqy bookmark archive
};
// Runs in the caller's transaction.
ImportResult importJson(Database &db, const QByteArray &json);

} // namespace bookmarks
} // namespace oqy
