#include "accountdialog.h"

#include "sync/ttrssclient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace oqy {

AccountDialog::AccountDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Sync account"));
    m_server->setPlaceholderText(QStringLiteral("https://rss.example.kz/tt-rss/"));
    m_server->setAccessibleName(tr("Server address"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_message->setWordWrap(true);
    auto *explanation
        = new QLabel(tr("Keep subscriptions, read marks and bookmarks the same on every "
                        "computer through your Tiny Tiny RSS server. The password is kept "
                        "in the system keychain."),
            this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString AccountDialog::server() const
{
    return TtrssClient::serverAddress(QUrl::fromUserInput(m_server->text().trimmed()));
}

QString AccountDialog::user() const
{
    return m_user->text().trimmed();
}

QString AccountDialog::password() const
{
    return m_password->text();
}

void AccountDialog::tryLogin()
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (m_server->text().trimmed().isEmpty() || user().isEmpty() || password().isEmpty()) {
        m_message->setText(tr("Fill in the server, the user name and the password."));
        return;
    }
    m_ok->setEnabled(false);
    m_message->setText(tr("Checking with the server…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_ok->setEnabled(true);
        if (error.isEmpty())
            accept();
        else
            m_message->setText(error);
    });
    watcher->setFuture(QtConcurrent::run([url, user = user(), password = password()] {
        QNetworkAccessManager network; // of the worker thread
        TtrssClient client(&network, url);
        client.setTimeout(20'000);
        return client.login(user, password);
    }));
}

} // namespace oqy
