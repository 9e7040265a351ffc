// oqy-cli: Oqy without a window — subscriptions, refresh, reading and the parsers, for scripts,
// tests and people who live in a terminal. A thin shell over the oqycore library.
#include "clicommand.h"

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("oqy"));
    QCoreApplication::setApplicationName(QStringLiteral("oqy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OQY_VERSION));

    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("oqy"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printUsage(out);
        return args.isEmpty() ? UsageError : Success;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "oqy-cli " << QCoreApplication::applicationVersion() << "\n";
        return Success;
    }
    const QString name = args.takeFirst();
    for (const Command &command : commands()) {
        if (command.name == name) {
            Invocation invocation(name, args);
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
