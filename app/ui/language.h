#pragma once

#include <QString>

class QCoreApplication;

// The interface language, decided once at start: the reader's choice in Settings, else the
// system's when Oqy speaks it, else English. Numbers, dates and region names follow it too.
namespace oqy::language {

// "ru", "kk" or "en".
QString forInterface(const QString &chosen);
// Installs Oqy's catalogue and Qt's own for `code` into `app`, and makes it the default locale.
// Qt ships no Kazakh: Oqy's qt_kk catalogue carries what Qt itself shows (standard buttons, the
// text fields' menu, the file dialog).
void install(QCoreApplication &app, const QString &code);

} // namespace oqy::language
