// oqy-cli: Oqy without a window — subscriptions, refresh, reading and the parsers, for scripts,
// tests and people who live in a terminal. A thin shell over the oqycore library.
#include "clicommand.h"
#include "extract/libxmlinit.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <algorithm>
#include <cstdio>

using namespace oqy::cli;

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("cli", "Usage: oqy-cli COMMAND [options]") << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << "\n";
    qsizetype width = 0; // the longest name, so that every summary starts in one column
    for (const Command &c : commands())
        width = std::max(width, c.name.size());
    for (const Command &c : commands())
        out << "  " << c.name.leftJustified(width + 2) << c.summary << "\n";
    out << "\n"
        << QCoreApplication::translate(
               "cli", "Run \"oqy-cli COMMAND --help\" for a command's options.")
        << "\n";
}

// The command line with the options every command shares taken out from wherever they stand:
// `oqy-cli --data-dir DIR add URL` is `oqy-cli add URL --data-dir DIR` (git, apt and systemctl
// put global options first, and scripts written for them do too).
struct CommandLine
{
    QString command;
    QStringList arguments; // the command's own, with --data-dir and --help put back after them
    bool help = false;
    bool version = false;
};

CommandLine splitGlobalOptions(const QStringList &all)
{
    CommandLine line;
    QStringList globals;
    bool literal = false; // after "--" nothing is an option
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString &a = all.at(i);
        if (!literal && a == QLatin1String("--")) {
            literal = true;
            line.arguments.append(a);
        } else if (!literal && a == QLatin1String("--version")) {
            line.version = true;
        } else if (!literal && (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
            line.help = true;
        } else if (!literal && a == QLatin1String("--data-dir") && i + 1 < all.size()) {
            globals << a << all.at(++i);
        } else if (!literal && a.startsWith(QLatin1String("--data-dir="))) {
            globals << a;
        } else if (line.command.isEmpty() && !a.startsWith(QLatin1Char('-'))) {
            line.command = a;
        } else {
            line.arguments.append(a);
        }
    }
    if (line.help)
        globals << QStringLiteral("--help");
    // Before a "--" so that they stay options.
    qsizetype at = line.arguments.indexOf(QStringLiteral("--"));
    if (at < 0)
        at = line.arguments.size();
    for (const QString &option : std::as_const(globals))
        line.arguments.insert(at++, option);
    return line;
}

} // namespace

int main(int argc, char *argv[])
{
    oqy::initLibxml(); // on the main thread, before any worker parses (libxmlinit.h)
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("oqy"));
    QCoreApplication::setApplicationName(QStringLiteral("oqy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OQY_VERSION));

    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("oqy"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    // Qt's own strings (the options' help): Qt's catalogue, or Oqy's Kazakh one (Qt has none).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qt"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qtTranslator.load(
            QLocale(), QStringLiteral("qt"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&qtTranslator);

    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    const CommandLine line = splitGlobalOptions(QCoreApplication::arguments().mid(1));
    if (line.version) {
        out << "oqy-cli " << QCoreApplication::applicationVersion() << "\n";
        return Success;
    }
    if (line.command.isEmpty() || line.command == QLatin1String("help")) {
        printUsage(out);
        return line.command.isEmpty() && !line.help ? UsageError : Success;
    }
    const QString &name = line.command;
    for (const Command &command : commands()) {
        if (command.name == name) {
            Invocation invocation(name, line.arguments);
            const int exit = command.run(invocation);
            invocation.finish();
            return exit;
        }
    }
    QTextStream err(stderr);
    err << "oqy-cli: "
        << QCoreApplication::translate("cli", "unknown command \"%1\"; see oqy-cli --help")
               .arg(name)
        << Qt::endl;
    return UsageError;
}
