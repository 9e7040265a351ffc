#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace oqy {

class Subscriptions;
struct Discovery;

// Asks for the address of a feed, a site or an outlet's news-list page, and finds out what stands
// behind it before it closes: the feed itself, the feed a page announces (a choice when it
// announces several), or, for an outlet without any feed whose page lists its news, that page as a
// news list (the box is ticked and a line says why). A malformed address is said at once.
class AddFeedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddFeedDialog(Subscriptions &subscriptions, QWidget *parent = nullptr);

    // What to subscribe to once accepted: the feed found (with the user and password the reader
    // typed, when it is on the same server), or the address as typed.
    QString address() const;
    bool isNewsList() const;
    // Pre-fills the address (e.g. from the clipboard).
    void setUrl(const QString &text);

    void accept() override;

private:
    void validate();
    void showDiscovery(const Discovery &found);
    void setChecking(bool checking);

    Subscriptions &m_subscriptions;
    QLineEdit *m_url;
    QCheckBox *m_newsList;
    QComboBox *m_choices; // the feeds a page announces, when several
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    QString m_checked; // the address the last check was for; OK again subscribes to its outcome
    QString m_found; // the feed found for it
    bool m_checking = false;
};

} // namespace oqy
