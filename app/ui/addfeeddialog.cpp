#include "addfeeddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oqy {

AddFeedDialog::AddFeedDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_newsList(new QCheckBox(tr("This is a news-list page, not a feed"), this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a feed"));
    m_url->setPlaceholderText(QStringLiteral("https://tengrinews.kz/news.rss"));
    m_url->setAccessibleName(tr("Feed address"));
    m_url->setClearButtonEnabled(true);
    m_newsList->setAccessibleName(tr("News-list page"));
    m_newsList->setToolTip(tr("For outlets without RSS: Oqy finds the article links on the page."));
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Address hint"));

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Address:"), this);
    label->setBuddy(m_url);
    form->addRow(label, m_url);
    form->addRow(QString(), m_newsList);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &AddFeedDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

QUrl AddFeedDialog::url() const
{
    return QUrl::fromUserInput(m_url->text().trimmed());
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
    const QUrl u = url();
    const bool ok = !text.isEmpty() && u.isValid() && !u.host().isEmpty()
        && (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_hint->setText(text.isEmpty() || ok ? tr("Paste the address of an RSS, Atom or JSON feed.")
                                         : tr("This does not look like a web address."));
}

} // namespace oqy
