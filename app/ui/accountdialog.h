#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace oqy {

// Feeds → Sync account…: a Tiny Tiny RSS server, user and password. The password is tried on
// the server (in a worker thread) before the dialog accepts: a typo is told here, not at the
// first sync.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountDialog(QWidget *parent = nullptr);

    QString server() const;
    QString user() const;
    QString password() const;

private:
    void tryLogin();

    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace oqy
