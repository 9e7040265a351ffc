#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>

class QSystemTrayIcon;

namespace oqy {

class Database;

// The optional tray icon (Settings → Notifications): the unread count in its tooltip, a click shows
// or hides the window, and after a refresh a notification lists what is new in the regions the
// reader chose. Nothing appears where the desktop has no tray.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(Database &reader, QWidget *window);

    // From the settings: whether to show the icon, and which regions to notify about.
    void configure(bool enabled, const QStringList &notifyRegions);
    bool isVisible() const;

    // The unread count changed (after reading, a refresh, mark all read).
    void updateUnread();
    // A refresh that started at `refreshStarted` finished: notify about new articles in the
    // chosen regions. Returns the text shown (empty: nothing to tell), for tests.
    QString notifyNew(const QDateTime &refreshStarted);

private:
    Database &m_reader;
    QWidget *m_window;
    QSystemTrayIcon *m_icon = nullptr;
    QStringList m_regions;
};

} // namespace oqy
