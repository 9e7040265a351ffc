#include "clicommand.h"

#include "engine/session.h"
#include "storage/database.h"
#include "storage/databaseopener.h"
#include "storage/datadir.h"
#include "storage/safetybackup.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace oqy::cli {

Invocation::Invocation(const QString &command, const QStringList &arguments)
    : m_command(command)
    , m_arguments(arguments)
    , m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

bool Invocation::parse(const QString &description, const QStringList &positional, int *exit)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption({ QStringLiteral("data-dir"),
        QCoreApplication::translate("cli", "Use the Oqy data folder DIR instead of the default."),
        QStringLiteral("DIR") });
    m_parser.addOption({ { QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("cli", "Show this help.") });
    for (const QString &p : positional) {
        const qsizetype space = p.indexOf(QLatin1Char(' '));
        m_parser.addPositionalArgument(p.left(space), p.mid(space + 1));
    }
    QStringList argv = m_arguments;
    argv.prepend(QStringLiteral("oqy-cli ") + m_command);
    if (!m_parser.parse(argv)) {
        *exit = fail(m_parser.errorText(), UsageError);
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        m_out.flush();
        *exit = Success;
        return false;
    }
    return true;
}

std::optional<Database> Invocation::openDatabase()
{
    try {
        OpenReport report;
        const DataDir dir(dataDir());
        std::optional<Database> db = oqy::openDatabase(dir, &report);
        // Before the command changes anything (finish() refreshes it again after).
        if (report.backupDue)
            safetybackup::update(*db, dir);
        if (report.recovered()) {
            QString line = report.message();
            m_err << "oqy-cli: " << line.replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
        }
        m_openedDatabase = true;
        return db;
    } catch (const SqlError &e) {
        fail(QCoreApplication::translate("cli", "cannot open the database: %1").arg(e.message()));
        return std::nullopt;
    }
}

std::unique_ptr<Session> Invocation::openSession()
{
    try {
        OpenReport report;
        auto session = std::make_unique<Session>(DataDir(dataDir()), &report);
        if (report.recovered()) {
            QString line = report.message();
            m_err << "oqy-cli: " << line.replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
        }
        m_openedDatabase = true;
        return session;
    } catch (const SqlError &e) {
        fail(QCoreApplication::translate("cli", "cannot open the database: %1").arg(e.message()));
        return nullptr;
    }
}

void Invocation::finish()
{
    if (!m_openedDatabase)
        return;
    try {
        const DataDir dir(dataDir());
        Database db(dir.databasePath());
        QString error;
        if (!safetybackup::update(db, dir, &error))
            m_err << "oqy-cli: "
                  << QCoreApplication::translate(
                         "cli", "the backup of bookmarks and subscriptions was not updated: %1")
                         .arg(error)
                  << Qt::endl;
    } catch (const SqlError &) {
        // The command itself succeeded; the next start retries the backup.
    }
}

std::optional<QByteArray> Invocation::readSecretLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray secret = in.readLine(64 * 1024);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    return secret;
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

int Invocation::fail(const QString &message, int code)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << "oqy-cli: " << line << Qt::endl;
    return code;
}

const QList<Command> &commands()
{
    static const QList<Command> all = [] {
        QList<Command> list;
        list += feedCommands();
        list += refreshCommands();
        list += pruneCommands();
        list += regionCommands();
        list += bookmarkCommands();
        list += articleCommands();
        list += parseCommands();
        list += extractCommands();
        list += accountCommands();
        return list;
    }();
    return all;
}

} // namespace oqy::cli
