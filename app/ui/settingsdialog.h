#pragma once

#include "core/credentials.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace oqy {

// Preferences → Settings…: reading (font, size, theme, mark read on selection), network (refresh
// interval, offline, proxy), storage (days kept, cache cap) and the language. Reads and writes the
// reader's QSettings; MainWindow::applySettings() puts them to work. Keys and defaults are the ones
// of settingkeys.h.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(QSettings &settings, QWidget *parent = nullptr);

    // Writes the controls' values to the settings (called on OK).
    void save();
    // The proxy user and password typed (for the keychain, never the settings); the password is
    // empty when the reader left it unchanged.
    Credentials proxyCredentials() const;

private:
    QSettings &m_settings;
    QSpinBox *m_fontSize;
    QComboBox *m_font;
    QComboBox *m_theme;
    QCheckBox *m_markRead;
    QSpinBox *m_refreshMinutes;
    QCheckBox *m_offline;
    QComboBox *m_proxy;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QSpinBox *m_keepDays;
    QSpinBox *m_maxMB;
    QComboBox *m_language;
    QCheckBox *m_tray;
    class RegionFilterButton *m_notifyRegions;
};

} // namespace oqy
