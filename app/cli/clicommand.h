#pragma once

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace oqy {
class Database;
class Session;
}

namespace oqy::cli {

class Invocation;

// One `oqy-cli` sub-command: its name, a one-line summary for `oqy-cli --help`, the positional
// arguments it describes, and the function that runs it.
struct Command
{
    QString name;
    QString summary;
    std::function<int(Invocation &)> run;
};

// Exit codes: 0 success, 1 the command failed, 2 the command line was wrong.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// The parsed command line of one sub-command, with the options every command shares
// (--data-dir, --json, --help) and the streams to answer on.
class Invocation
{
public:
    Invocation(const QString &command, const QStringList &arguments);

    QCommandLineParser &parser() { return m_parser; }
    // Parses; false (after printing help or an error) when the command should stop, with `exit`.
    bool parse(const QString &description, const QStringList &positional, int *exit);

    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QString dataDir() const { return m_parser.value(QStringLiteral("data-dir")); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Opens (checks, repairs and migrates) the data folder's database; prints the error and returns
    // nullopt on failure. A repair is told on stderr and the command goes on.
    std::optional<Database> openDatabase();
    // The same for the commands that drive the application layer (engine/session.h): refresh,
    // subscribe. nullptr (after printing the error) on failure.
    std::unique_ptr<Session> openSession();
    // After a command that opened the database succeeded: brings the safety backup of bookmarks and
    // subscriptions up to date (safetybackup.h), so a CLI change is backed up at once.
    void finish();

    // The first line of standard input without its line end (a password, a token): the way
    // secrets reach oqy-cli, never on the command line. nullopt when stdin cannot be read.
    std::optional<QByteArray> readSecretLine();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // "oqy-cli: <message>" on stderr, one line; returns Failure for `return inv.fail(...)`.
    int fail(const QString &message, int code = Failure);

private:
    QString m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    bool m_openedDatabase = false;
};

const QList<Command> &commands();

// A time for JSON output: ISO 8601 in UTC, null when unknown.
QJsonValue isoOrNull(const QDateTime &time);

// Registered by each command file.
QList<Command> feedCommands();
QList<Command> articleCommands();
QList<Command> refreshCommands();
QList<Command> pruneCommands();
QList<Command> regionCommands();
QList<Command> bookmarkCommands();
QList<Command> parseCommands();
QList<Command> extractCommands();
QList<Command> accountCommands();

} // namespace oqy::cli
