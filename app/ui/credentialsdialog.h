#pragma once

#include "core/credentials.h"

#include <QDialog>

class QLineEdit;
class QRadioButton;

namespace oqy {

// Asks for a feed's credentials: a user name and password, or a header (a subscription cookie or
// an API token). What is typed goes to the system keychain only (MainWindow stores it).
class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    CredentialsDialog(const QString &feedTitle, const QString &reason, QWidget *parent = nullptr);

    Credentials credentials() const;

private:
    QRadioButton *m_passwordChoice;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_headerName;
    QLineEdit *m_headerValue;
};

} // namespace oqy
