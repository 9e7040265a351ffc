#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace oqy {

// Asks for the address of a feed (or of an outlet's news-list page) and checks that it is one.
class AddFeedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddFeedDialog(QWidget *parent = nullptr);

    QUrl url() const;
    bool isNewsList() const;
    // Pre-fills the address (e.g. from the clipboard).
    void setUrl(const QString &text);

private:
    void validate();

    QLineEdit *m_url;
    QCheckBox *m_newsList;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace oqy
