#include "addfeeddialog.h"

#include "core/webaddress.h"
#include "engine/subscriptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace oqy {

namespace {

// The user and password the reader typed go along to a feed on the same server.
QString withUserInfo(const QUrl &feed, const WebAddress &typed)
{
    QUrl url = feed;
    if (typed.hasCredentials() && feed.scheme() == typed.url.scheme()
        && feed.host() == typed.url.host() && feed.port() == typed.url.port()) {
        url.setUserName(typed.user);
        url.setPassword(typed.password);
    }
    return url.toString();
}

} // namespace

AddFeedDialog::AddFeedDialog(Subscriptions &subscriptions, QWidget *parent)
    : QDialog(parent)
    , m_subscriptions(subscriptions)
    , m_url(new QLineEdit(this))
    , m_newsList(new QCheckBox(tr("This is a news-list page, not a feed"), this))
    , m_choices(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a feed"));
    m_url->setPlaceholderText(QStringLiteral("https://tengrinews.kz/news.rss"));
    m_url->setAccessibleName(tr("Feed address"));
    m_url->setClearButtonEnabled(true);
    m_newsList->setAccessibleName(tr("News-list page"));
    m_newsList->setToolTip(tr("For outlets without RSS: Oqy finds the article links on the page."));
    m_choices->setAccessibleName(tr("Feeds of this page"));
    m_choices->setVisible(false);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Address hint"));

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Address:"), this);
    label->setBuddy(m_url);
    form->addRow(label, m_url);
    form->addRow(QString(), m_choices);
    form->addRow(QString(), m_newsList);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddFeedDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &AddFeedDialog::validate);
    connect(m_newsList, &QCheckBox::toggled, this, [this] { m_checked.clear(); });
    validate();
    resize(560, sizeHint().height());
}

QString AddFeedDialog::address() const
{
    if (m_choices->isVisible() && m_choices->currentIndex() >= 0)
        return m_choices->currentData().toString();
    return m_found.isEmpty() ? m_url->text().trimmed() : m_found;
}

bool AddFeedDialog::isNewsList() const
{
    return m_newsList->isChecked();
}

void AddFeedDialog::setUrl(const QString &text)
{
    m_url->setText(text);
}

void AddFeedDialog::validate()
{
    const QString text = m_url->text().trimmed();
    m_checked.clear();
    m_found.clear();
    m_choices->clear();
    m_choices->setVisible(false);
    const WebAddress address = WebAddress::parse(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(address.ok() && !m_checking);
    m_hint->setText(text.isEmpty() || address.ok()
            ? tr("Paste the address of a feed, or of the outlet's site or news page: Oqy finds the "
                 "feed behind it.")
            : address.error);
}

void AddFeedDialog::setChecking(bool checking)
{
    m_checking = checking;
    m_url->setReadOnly(checking);
    m_newsList->setEnabled(!checking);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!checking);
    if (checking)
        m_hint->setText(tr("Looking for the feed…"));
}

void AddFeedDialog::accept()
{
    const QString text = m_url->text().trimmed();
    // The outcome of a check is on show: OK takes it. A news-list page the reader names is not
    // checked: it is what they say.
    if (m_newsList->isChecked() || (!m_checked.isEmpty() && m_checked == text)) {
        QDialog::accept();
        return;
    }
    setChecking(true);
    m_checked = text;
    QPointer<AddFeedDialog> alive(this);
    m_subscriptions.find(text, [alive, text](const Discovery &found) {
        if (!alive || alive->m_url->text().trimmed() != text)
            return;
        alive->setChecking(false);
        alive->m_checked = text;
        alive->showDiscovery(found);
    });
}

void AddFeedDialog::showDiscovery(const Discovery &found)
{
    const WebAddress typed = WebAddress::parse(m_url->text());
    if (found.feeds.size() == 1) {
        m_found = withUserInfo(found.feeds.first().url, typed);
        QDialog::accept();
        return;
    }
    if (found.feeds.size() > 1) {
        m_choices->clear();
        for (const feeds::DiscoveredFeed &feed : found.feeds)
            m_choices->addItem(feed.title.isEmpty()
                    ? displayAddress(feed.url)
                    : QStringLiteral("%1 — %2").arg(feed.title, displayAddress(feed.url)),
                withUserInfo(feed.url, typed));
        m_choices->setVisible(true);
        m_choices->setFocus();
        m_hint->setText(tr("This site has %n feeds: choose one, then OK.", nullptr,
            int(found.feeds.size())));
        return;
    }
    if (found.newsList) {
        const QSignalBlocker quiet(m_newsList);
        m_newsList->setChecked(true);
        m_hint->setText(tr("No feed found here, but the page lists %n news item(s): Oqy will "
                           "read it as a news-list page. OK subscribes to it.",
            nullptr, found.newsItems));
        return;
    }
    if (found.unreachable || found.authRequired) {
        m_hint->setText(tr("%1\nOK adds the address anyway; Oqy tries it at every refresh.")
                            .arg(found.error));
        return;
    }
    m_checked.clear(); // nothing to subscribe to: OK checks again
    m_hint->setText(found.error);
}

} // namespace oqy
