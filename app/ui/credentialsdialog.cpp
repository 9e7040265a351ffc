#include "credentialsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace oqy {

CredentialsDialog::CredentialsDialog(
    const QString &feedTitle, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_passwordChoice(new QRadioButton(tr("&User name and password"), this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_headerName(new QLineEdit(QStringLiteral("Cookie"), this))
    , m_headerValue(new QLineEdit(this))
{
    setWindowTitle(tr("Credentials for %1").arg(feedTitle));
    auto *layout = new QVBoxLayout(this);
    auto *why = new QLabel(reason + QLatin1String("\n\n")
            + tr("Oqy keeps them in the system keychain only, never in its own files."),
        this);
    why->setWordWrap(true);
    layout->addWidget(why);

    auto *headerChoice = new QRadioButton(tr("A &header (subscription cookie or token)"), this);
    m_passwordChoice->setChecked(true);
    layout->addWidget(m_passwordChoice);
    auto *passwordForm = new QFormLayout;
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    passwordForm->addRow(tr("User &name:"), m_user);
    passwordForm->addRow(tr("&Password:"), m_password);
    layout->addLayout(passwordForm);
    layout->addWidget(headerChoice);
    auto *headerForm = new QFormLayout;
    m_headerName->setAccessibleName(tr("Header name"));
    m_headerValue->setAccessibleName(tr("Header value"));
    m_headerValue->setEchoMode(QLineEdit::Password);
    headerForm->addRow(tr("Header n&ame:"), m_headerName);
    headerForm->addRow(tr("&Value:"), m_headerValue);
    layout->addLayout(headerForm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto update = [this, buttons] {
        const bool password = m_passwordChoice->isChecked();
        m_user->setEnabled(password);
        m_password->setEnabled(password);
        m_headerName->setEnabled(!password);
        m_headerValue->setEnabled(!password);
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(password ? !m_user->text().trimmed().isEmpty()
                                  : !m_headerName->text().trimmed().isEmpty()
                        && !m_headerValue->text().isEmpty());
    };
    for (QLineEdit *edit : { m_user, m_password, m_headerName, m_headerValue })
        connect(edit, &QLineEdit::textChanged, this, update);
    connect(m_passwordChoice, &QRadioButton::toggled, this, update);
    update();
}

Credentials CredentialsDialog::credentials() const
{
    Credentials c;
    if (m_passwordChoice->isChecked()) {
        c.user = m_user->text().trimmed();
        c.password = m_password->text();
    } else {
        c.headerName = m_headerName->text().trimmed().toLatin1();
        c.headerValue = m_headerValue->text().toUtf8();
    }
    return c;
}

} // namespace oqy
