#include "trayicon.h"

#include "articlerenderer.h"
#include "storage/articlelistquery.h"
#include "storage/sqlerror.h"

#include <QApplication>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QWidget>

namespace oqy {

TrayIcon::TrayIcon(Database &reader, QWidget *window)
    : QObject(window)
    , m_reader(reader)
    , m_window(window)
{ }

void TrayIcon::configure(bool enabled, const QStringList &notifyRegions)
{
    m_regions = notifyRegions;
    if (!enabled || !QSystemTrayIcon::isSystemTrayAvailable()) {
        delete m_icon;
        m_icon = nullptr;
        return;
    }
    if (!m_icon) {
        m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
        connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason != QSystemTrayIcon::Trigger)
                    return;
                if (m_window->isVisible() && m_window->isActiveWindow()) {
                    m_window->hide();
                } else {
                    m_window->show();
                    m_window->raise();
                    m_window->activateWindow();
                }
            });
        m_icon->show();
    }
    updateUnread();
}

bool TrayIcon::isVisible() const
{
    return m_icon && m_icon->isVisible();
}

void TrayIcon::updateUnread()
{
    if (!m_icon)
        return;
    try {
        const int unread = ArticleListQuery(m_reader).unreadCount();
        m_icon->setToolTip(tr("Oqy: %n unread article(s)", nullptr, unread));
    } catch (const SqlError &) {
        m_icon->setToolTip(tr("Oqy"));
    }
}

QString TrayIcon::notifyNew(const QDateTime &refreshStarted)
{
    updateUnread();
    if (m_regions.isEmpty())
        return {};
    QList<ArticleRow> rows;
    try {
        rows = ArticleListQuery(m_reader).fetchedSince(refreshStarted, m_regions, 50);
    } catch (const SqlError &) {
        return {};
    }
    if (rows.isEmpty())
        return {};
    QStringList names;
    for (const QString &slug : std::as_const(m_regions))
        names.append(ArticleRenderer::regionName(slug, QLocale().name()));
    const QString title = tr("%n new article(s) in %1", nullptr, int(rows.size()))
                              .arg(QLocale().createSeparatedList(names));
    QStringList lines;
    for (int i = 0; i < qMin<qsizetype>(3, rows.size()); ++i)
        lines.append(QStringLiteral("• ") + rows[i].title);
    const QString text = lines.join(QLatin1Char('\n'));
    if (m_icon)
        m_icon->showMessage(title, text, QSystemTrayIcon::Information, 10'000);
    return title + QLatin1Char('\n') + text;
}

} // namespace oqy
