#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace oqy::language {

QString forInterface(const QString &chosen)
{
    const QString code = chosen.isEmpty() ? QLocale::system().name().left(2) : chosen.left(2);
    if (code == QLatin1String("ru") || code == QLatin1String("kk"))
        return code;
    return QStringLiteral("en");
}

void install(QCoreApplication &app, const QString &code)
{
    QLocale::setDefault(QLocale(code));
    if (code == QLatin1String("en"))
        return;
    auto *qt = new QTranslator(&app);
    const bool system = qt->load(QStringLiteral("qt_") + code,
        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (system || qt->load(QStringLiteral(":/i18n/qt_") + code))
        QCoreApplication::installTranslator(qt);
    auto *oqy = new QTranslator(&app);
    if (oqy->load(QStringLiteral(":/i18n/oqy_") + code))
        QCoreApplication::installTranslator(oqy);
}

} // namespace oqy::language
