// oqy-cli export-bookmarks / import-bookmarks: bookmarks out of a data folder and back in.
#include "clicommand.h"

#include "storage/bookmarkarchive.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace oqy::cli {

namespace {

// Strings of this file, in the "cli" translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

int exportBookmarks(Invocation &inv)
{
    inv.parser().addOption({ QStringLiteral("html"),
        Text::tr("Write a browser bookmarks file (HTML) instead of Oqy's JSON archive.") });
    int exit = 0;
    if (!inv.parse(Text::tr("Write the bookmarks, with their full text and notes, to a file."),
            { QStringLiteral("file Where to write") }, &exit))
        return exit;
    if (inv.positional().size() != 1)
        return inv.fail(Text::tr("export-bookmarks needs one file"), UsageError);
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        const QByteArray data = inv.parser().isSet(QStringLiteral("html"))
            ? bookmarks::exportHtml(*db)
            : bookmarks::exportJson(*db);
        QSaveFile file(inv.positional().first());
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return inv.fail(
                Text::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

int importBookmarks(Invocation &inv)
{
    int exit = 0;
    if (!inv.parse(Text::tr("Restore bookmarks from an archive written by export-bookmarks."),
            { QStringLiteral("file The JSON archive") }, &exit))
        return exit;
    if (inv.positional().size() != 1)
        return inv.fail(Text::tr("import-bookmarks needs one file"), UsageError);
    QFile file(inv.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return inv.fail(Text::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    if (file.size() > 512 * 1024 * 1024)
        return inv.fail(Text::tr("%1 is too large for a bookmark archive").arg(file.fileName()));
    auto db = inv.openDatabase();
    if (!db)
        return Failure;
    try {
        const bookmarks::ImportResult result
            = db->transaction([&] { return bookmarks::importJson(*db, file.readAll()); });
        if (!result.error.isEmpty())
            return inv.fail(Text::tr("%1: %2").arg(file.fileName(), result.error));
        inv.out() << Text::tr("%1 bookmarks restored (%2 articles added)")
                         .arg(result.added + result.updated)
                         .arg(result.added)
                  << Qt::endl;
        return Success;
    } catch (const SqlError &e) {
        return inv.fail(e.message());
    }
}

} // namespace

QList<Command> bookmarkCommands()
{
    return { { QStringLiteral("export-bookmarks"), Text::tr("write the bookmarks to a file"),
                 exportBookmarks },
        { QStringLiteral("import-bookmarks"), Text::tr("restore bookmarks from an archive"),
            importBookmarks } };
}

} // namespace oqy::cli
